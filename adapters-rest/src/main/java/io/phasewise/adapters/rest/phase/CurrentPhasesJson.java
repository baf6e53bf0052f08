package io.phasewise.adapters.rest.phase;

import io.phasewise.application.phase.port.in.CurrentPhases;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The current phase of each requested asset in request order, and the assets whose phase was never computed. */
@Schema(name = "CurrentPhases")
record CurrentPhasesJson(
    @Schema(example = "1d") String interval,
    List<PhaseStateJson> phases,
    @Schema(description = "ids of the requested assets without a computed phase at this interval") List<Long> withoutPhase) {

  static CurrentPhasesJson of(Interval interval, CurrentPhases current) {
    return new CurrentPhasesJson(interval.code(), current.phases().stream().map(s -> PhaseStateJson.of(s, interval)).toList(),
        current.withoutPhase().stream().map(AssetId::value).toList());
  }
}
