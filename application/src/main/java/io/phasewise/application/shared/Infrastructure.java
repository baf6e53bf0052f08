package io.phasewise.application.shared;

import java.time.Clock;
import java.util.Objects;

/**
 * The sources every context's services share: the clock, new ids, elapsed time and how many threads a
 * batch may use. One instance per application, so an embedder can replay with a fixed clock and ids.
 */
public record Infrastructure(Clock clock, IdGenerator ids, Ticker ticker, int threads) {

  public Infrastructure {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(ticker, "ticker");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
  }


  /** A per-asset batch runner on {@link #threads()} threads, timed with {@link #ticker()}. */
  public AssetBatch batch() {
    return new AssetBatch(threads, ticker);
  }
}
