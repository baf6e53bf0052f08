package io.phasewise.application.portfolio.port.out;

import io.phasewise.domain.portfolio.PortfolioId;

/** Thrown by {@link SavePortfolioPort} when another change of the same portfolio was stored first. */
public class StalePortfolioException extends RuntimeException {
  public StalePortfolioException(PortfolioId id, long readVersion, Throwable cause) {
    super("portfolio " + id + " was changed by another request since version " + readVersion + "; read it again and retry", cause);
  }
}
