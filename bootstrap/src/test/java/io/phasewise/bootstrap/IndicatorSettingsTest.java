package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.indicator.IndicatorDescriptor;
import io.phasewise.domain.indicator.IndicatorRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicators an embedder serves: the built-in ones unless the settings carry a registry of its own. */
class IndicatorSettingsTest {

  @Test
  void by_default_the_built_in_indicators_are_served() {
    assertThat(PhasewiseSettings.fromEnvironment(Map.of()).indicators()).isSameAs(IndicatorRegistry.standard());
  }

  @Test
  void an_embedder_adds_its_own_and_keeps_every_other_setting() {
    IndicatorDescriptor closes = new IndicatorDescriptor("close_copy", "the close", List.of(), List.of("close"), a -> 0,
        (a, series, benchmark) -> Map.of("close", series.closes()));
    IndicatorRegistry mine = IndicatorRegistry.standard().register(closes).get();
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_PORT", "9090"));

    PhasewiseSettings embedded = settings.withIndicators(mine);

    assertThat(embedded.indicators().find("close_copy")).contains(closes);
    assertThat(embedded.withIndicators(settings.indicators())).isEqualTo(settings);
  }
}
