package io.phasewise.domain.market;

/** Identity of a registered asset: a positive number assigned by the asset store. */
public record AssetId(long value) {
  public AssetId {
    if (value <= 0) throw new IllegalArgumentException("asset id must be positive: " + value);
  }

  public static AssetId of(long value) {
    return new AssetId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
