package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.util.List;
import java.util.Objects;

/** Command: record these ticks of {@code asset} (any order). */
public record RecordTicksCommand(AssetId asset, List<Tick> ticks) {
  public RecordTicksCommand {
    Objects.requireNonNull(asset, "asset");
    ticks = List.copyOf(ticks);
  }
}
