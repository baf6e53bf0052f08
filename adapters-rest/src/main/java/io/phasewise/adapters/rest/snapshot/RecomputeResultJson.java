package io.phasewise.adapters.rest.snapshot;

import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What recomputing an asset's snapshots did: candles read, snapshot rows written, first and last bar written. */
@Schema(name = "RecomputeResult")
record RecomputeResultJson(
    long asset,
    @Schema(example = "1d") String interval,
    @Schema(description = "candles read, the history the indicators need included") int barsRead,
    long inserted,
    long updated,
    long unchanged,
    @Schema(description = "open time of the first bar written; null when every bar was up to date") Instant firstBar,
    @Schema(description = "open time of the last bar written; null when every bar was up to date") Instant lastBar) {

  static RecomputeResultJson of(RecomputeResult r) {
    return new RecomputeResultJson(r.asset().value(), r.interval().code(), r.barsRead(), r.written().inserted(),
        r.written().updated(), r.written().unchanged(), r.firstBar().orElse(null), r.lastBar().orElse(null));
  }
}
