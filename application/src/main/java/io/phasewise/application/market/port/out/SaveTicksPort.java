package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.util.List;

/** Outgoing port: stores ticks idempotently by natural key (asset, time, source). */
public interface SaveTicksPort {
  /** Upserts {@code ticks}; the list must not hold two ticks with the same time and source. */
  UpsertCount saveAll(AssetId asset, List<Tick> ticks);
}
