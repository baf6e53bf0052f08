package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import java.util.Objects;

/** Command: give asset {@code id} this profile. */
public record UpdateAssetCommand(AssetId id, AssetProfile profile) {
  public UpdateAssetCommand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
  }
}
