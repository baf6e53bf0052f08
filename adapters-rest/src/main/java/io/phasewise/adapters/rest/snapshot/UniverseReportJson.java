package io.phasewise.adapters.rest.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.phasewise.adapters.rest.problem.Problem;
import io.phasewise.adapters.rest.problem.Problems;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A recompute of every registered asset: how long it took, how many assets succeeded and failed, and each outcome. */
@Schema(name = "UniverseRecompute")
record UniverseReportJson(
    @Schema(example = "1d") String interval,
    long elapsedMillis,
    long succeeded,
    long failed,
    List<AssetOutcome> assets) {

  /** One asset's outcome: its result, or the problem that failed it (the other assets went on). */
  @Schema(name = "AssetRecompute", description = "one registered asset's outcome, in asset id order")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AssetOutcome(
      long asset,
      String symbol,
      @Schema(allowableValues = {"ok", "failed"}) String status,
      @Schema(description = "when ok") RecomputeResultJson result,
      @Schema(description = "when failed") Problem problem) {

    static AssetOutcome of(AssetResult<RecomputeResult> outcome, String instance) {
      long asset = outcome.asset().value();
      return outcome.outcome().fold(
          failure -> new AssetOutcome(asset, outcome.symbol(), "failed", null, Problems.describe(failure, instance)),
          result -> new AssetOutcome(asset, outcome.symbol(), "ok", RecomputeResultJson.of(result), null));
    }
  }

  /** {@code report} of a recompute at {@code interval} as sent to clients; a failed asset's problem names {@code instance}, the request path. */
  static UniverseReportJson of(Interval interval, BatchReport<RecomputeResult> report, String instance) {
    return new UniverseReportJson(interval.code(), report.elapsed().toMillis(), report.succeeded(),
        report.failed(), report.assets().stream().map(a -> AssetOutcome.of(a, instance)).toList());
  }
}
