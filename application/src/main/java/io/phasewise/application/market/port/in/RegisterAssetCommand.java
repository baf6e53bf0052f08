package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.AssetProfile;
import java.util.Objects;

/** Command: register an asset with this profile. */
public record RegisterAssetCommand(AssetProfile profile) {
  public RegisterAssetCommand {
    Objects.requireNonNull(profile, "profile");
  }
}
