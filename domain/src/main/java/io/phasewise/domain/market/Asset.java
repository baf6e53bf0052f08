package io.phasewise.domain.market;

import java.time.Instant;
import java.util.Objects;

/** A registered asset: its identity, its profile and when it was registered and last changed. */
public record Asset(AssetId id, AssetProfile profile, Instant createdAt, Instant updatedAt) {
  public Asset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public String symbol() {
    return profile.symbol();
  }

  public AssetType type() {
    return profile.type();
  }
}
