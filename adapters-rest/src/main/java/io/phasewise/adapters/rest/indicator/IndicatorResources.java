package io.phasewise.adapters.rest.indicator;

import io.phasewise.application.indicator.IndicatorUseCases;
import java.time.Clock;
import java.util.List;

/** The indicator context's resources: the catalog and an indicator's series over an asset. */
public final class IndicatorResources {
  private IndicatorResources() {}

  public static List<Object> of(IndicatorUseCases indicators, Clock clock) {
    return List.of(new IndicatorCatalogResource(indicators.query()), new IndicatorResource(indicators.query(), clock));
  }
}
