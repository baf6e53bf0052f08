package io.phasewise.domain.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One market event: a trade (price and size), a quote (bid/ask with sizes), or both, stamped with
 * the time it happened and its source. Unique per asset by (time, source).
 *
 * @param price trade price, or {@code null} for a quote-only tick
 * @param size traded quantity, or {@code null} for a quote-only tick
 */
public record Tick(
    Instant time,
    BigDecimal price,
    BigDecimal size,
    BigDecimal bid,
    BigDecimal ask,
    BigDecimal bidSize,
    BigDecimal askSize,
    String source) {

  public Tick {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) throw new IllegalArgumentException("source must not be blank");
    if (price == null && bid == null && ask == null) {
      throw new IllegalArgumentException("a tick needs a trade price or a quote");
    }
    if ((price == null) != (size == null)) {
      throw new IllegalArgumentException("a trade needs both price and size");
    }
    requirePositive("price", price);
    requirePositive("bid", bid);
    requirePositive("ask", ask);
    requireNonNegative("size", size);
    requireNonNegative("bid size", bidSize);
    requireNonNegative("ask size", askSize);
    if (bid != null && ask != null && bid.compareTo(ask) > 0) {
      throw new IllegalArgumentException("bid " + bid + " above ask " + ask);
    }
  }

  /** A trade with no quote. */
  public static Tick trade(Instant time, BigDecimal price, BigDecimal size, String source) {
    return new Tick(time, price, size, null, null, null, null, source);
  }

  /** Whether this tick reports a trade (and so contributes to candles). */
  public boolean isTrade() {
    return price != null;
  }

  private static void requirePositive(String name, BigDecimal value) {
    if (value != null && value.signum() <= 0) throw new IllegalArgumentException(name + " must be positive: " + value);
  }

  private static void requireNonNegative(String name, BigDecimal value) {
    if (value != null && value.signum() < 0) throw new IllegalArgumentException(name + " must not be negative: " + value);
  }
}
