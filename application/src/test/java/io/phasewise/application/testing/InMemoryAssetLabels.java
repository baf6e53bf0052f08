package io.phasewise.application.testing;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.watchlist.model.AssetLabel;
import io.phasewise.application.watchlist.port.out.LoadAssetLabelsPort;
import io.phasewise.domain.market.AssetId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Fake of the asset-label port over the (fake) asset store. */
public final class InMemoryAssetLabels implements LoadAssetLabelsPort {
  private final LoadAssetsPort assets;

  public InMemoryAssetLabels(LoadAssetsPort assets) {
    this.assets = assets;
  }

  @Override
  public Map<AssetId, AssetLabel> labels(Collection<AssetId> ids) {
    Map<AssetId, AssetLabel> labels = new HashMap<>();
    for (AssetId id : ids) {
      assets.findById(id).ifPresent(a -> labels.put(id, new AssetLabel(id, a.symbol(), a.profile().name(), a.type())));
    }
    return labels;
  }
}
