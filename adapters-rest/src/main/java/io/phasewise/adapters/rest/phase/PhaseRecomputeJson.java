package io.phasewise.adapters.rest.phase;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.phasewise.adapters.rest.problem.Problem;
import io.phasewise.adapters.rest.problem.Problems;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What recomputing one asset's phases did: its phase now, and the transitions and events written. */
@Schema(name = "PhaseRecompute")
record PhaseRecomputeJson(
    long asset,
    @Schema(example = "1d") String interval,
    @Schema(description = "candles read: the whole history at this interval") int barsRead,
    @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}, description = "null when the asset has no bars", nullable = true)
    String phase,
    @Schema(description = "null when the asset has no bars", nullable = true) Double confidence,
    @Schema(description = "end time of the last bar read; null when the asset has no bars", nullable = true) Instant asOf,
    @Schema(description = "stored transitions the replay repeats, left as they were") int transitionsKept,
    @Schema(description = "stored transitions replaced because the replay differs from them on") int transitionsRemoved,
    @Schema(description = "transitions written") int transitionsWritten,
    @Schema(description = "phase events written for webhooks: changes decided after the previously stored state; "
        + "none on an asset's first computation") int eventsEmitted,
    @Schema(description = "whether the current state was written") boolean stateWritten) {

  static PhaseRecomputeJson of(PhaseRecomputeResult r) {
    PhaseState s = r.state().orElse(null);
    return new PhaseRecomputeJson(r.asset().value(), r.interval().code(), r.barsRead(), s == null ? null : s.phase().code(),
        s == null ? null : s.confidence(), s == null ? null : s.asOf(), r.transitionsKept(), r.transitionsRemoved(),
        r.transitionsWritten(), r.eventsEmitted(), r.stateWritten());
  }

  /** A recompute of many assets: how long it took, how many succeeded and failed, and each asset's outcome. */
  @Schema(name = "PhaseRecomputeReport")
  record Report(@Schema(example = "1d") String interval, long elapsedMillis, long succeeded, long failed,
      long eventsEmitted, List<Outcome> assets) {

    /** {@code report} of a recompute at {@code interval} as sent to clients; a failed asset's problem names {@code instance}, the request path. */
    static Report of(Interval interval, BatchReport<PhaseRecomputeResult> report, String instance) {
      return new Report(interval.code(), report.elapsed().toMillis(), report.succeeded(), report.failed(),
          report.sum(PhaseRecomputeResult::eventsEmitted), report.assets().stream().map(a -> Outcome.of(a, instance)).toList());
    }
  }

  /** One asset's outcome: its result, or the problem that failed it (the other assets went on). */
  @Schema(name = "AssetPhaseRecompute", description = "one asset's outcome")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Outcome(
      long asset,
      @Schema(description = "null when no asset has this id") String symbol,
      @Schema(allowableValues = {"ok", "failed"}) String status,
      @Schema(description = "when ok") PhaseRecomputeJson result,
      @Schema(description = "when failed") Problem problem) {

    static Outcome of(AssetResult<PhaseRecomputeResult> outcome, String instance) {
      long asset = outcome.asset().value();
      return outcome.outcome().fold(
          failure -> new Outcome(asset, outcome.symbol(), "failed", null, Problems.describe(failure, instance)),
          result -> new Outcome(asset, outcome.symbol(), "ok", PhaseRecomputeJson.of(result), null));
    }
  }
}
