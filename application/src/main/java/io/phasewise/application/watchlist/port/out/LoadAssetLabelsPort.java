package io.phasewise.application.watchlist.port.out;

import io.phasewise.application.watchlist.model.AssetLabel;
import io.phasewise.domain.market.AssetId;
import java.util.Collection;
import java.util.Map;

/** Outgoing port: the labels of those of {@code ids} that are registered assets, by id, in one read. */
public interface LoadAssetLabelsPort {
  Map<AssetId, AssetLabel> labels(Collection<AssetId> ids);
}
