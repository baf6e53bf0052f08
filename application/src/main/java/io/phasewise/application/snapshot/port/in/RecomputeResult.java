package io.phasewise.application.snapshot.port.in;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Optional;

/**
 * What recomputing one asset's snapshots did: candles read (history included), the snapshot rows
 * written, and the first and last bar written (empty when no bar needed computing).
 */
public record RecomputeResult(AssetId asset, Interval interval, int barsRead, UpsertCount written,
    Optional<Instant> firstBar, Optional<Instant> lastBar) {}
