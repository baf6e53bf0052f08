package io.phasewise.adapters.rest.portfolio;

import io.phasewise.application.portfolio.PortfolioUseCases;
import java.util.List;

/** The portfolio context's resources, each built on the use cases it calls. */
public final class PortfolioResources {
  private PortfolioResources() {}

  public static List<Object> of(PortfolioUseCases portfolios) {
    return List.of(new PortfolioResource(portfolios), new LedgerResource(portfolios), new PortfolioImportResource(portfolios.importStatement()),
        new PortfolioAnalyticsResource(portfolios.value(), portfolios.performance()));
  }
}
