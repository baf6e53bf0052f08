package io.phasewise.application.market.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.time.Instant;
import java.util.List;

/** Outgoing port: reads stored ticks in time order (then source). */
public interface LoadTicksPort {
  /** Ticks with time in {@code [from, to)}. */
  List<Tick> load(AssetId asset, Instant from, Instant to);
}
