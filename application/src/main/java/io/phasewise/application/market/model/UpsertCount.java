package io.phasewise.application.market.model;

/** What an idempotent bulk write did: rows inserted, rows updated because they changed, rows unchanged. */
public record UpsertCount(long inserted, long updated, long unchanged) {
  public static final UpsertCount NONE = new UpsertCount(0, 0, 0);

  public UpsertCount {
    if (inserted < 0 || updated < 0 || unchanged < 0) throw new IllegalArgumentException("negative count");
  }

  public UpsertCount plus(UpsertCount other) {
    return new UpsertCount(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
  }

  public long total() {
    return inserted + updated + unchanged;
  }
}
