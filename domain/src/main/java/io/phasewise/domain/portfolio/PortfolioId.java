package io.phasewise.domain.portfolio;

import java.util.Objects;
import java.util.UUID;

/** Identity of a portfolio: a random UUID, so one user's ids say nothing about another's. */
public record PortfolioId(UUID value) {
  public PortfolioId {
    Objects.requireNonNull(value, "portfolio id");
  }

  public static PortfolioId of(UUID value) {
    return new PortfolioId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
