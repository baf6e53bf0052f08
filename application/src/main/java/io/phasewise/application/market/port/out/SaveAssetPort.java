package io.phasewise.application.market.port.out;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: stores new assets and replaces the profile of existing ones. */
public interface SaveAssetPort {

  /**
   * Stores a new asset, assigning its id.
   *
   * @throws DuplicateAssetException when an asset with the same symbol and type exists
   */
  Asset insert(AssetProfile profile, Instant now);

  /**
   * Replaces the profile of asset {@code id}; empty when no such asset exists.
   *
   * @throws DuplicateAssetException when the new symbol and type belong to another asset
   */
  Optional<Asset> update(AssetId id, AssetProfile profile, Instant now);
}
