package io.phasewise.application.shared;

/** Which slice of a long list to return: skip {@code offset} items, return at most {@code limit}. */
public record PageRequest(long offset, int limit) {
  /** The largest page any list returns, whatever is asked. */
  public static final int MAX_LIMIT = 10_000;

  public PageRequest {
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ": " + limit);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
