package io.phasewise.domain.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One OHLCV bar as stored: exact decimal prices, the provider's adjusted prices if it reported any,
 * the corporate actions effective on this bar, and the source it came from. Invariants:
 * {@code low ≤ open, close ≤ high}, {@code volume ≥ 0}, {@code dividendCash ≥ 0},
 * {@code splitFactor > 0}.
 *
 * @param time open time of the bar (UTC)
 * @param adjusted the provider's split- and dividend-adjusted bar, or {@code null} if not reported
 * @param dividendCash cash dividend per share going ex on this bar ({@code 0} when none)
 * @param splitFactor shares after / shares before for a split effective on this bar ({@code 1} when none)
 * @param source where the bar came from, e.g. {@code yahoo-csv}, {@code synthetic}, {@code ticks}
 */
public record Candle(
    Instant time,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume,
    Adjusted adjusted,
    BigDecimal dividendCash,
    BigDecimal splitFactor,
    String source) {

  /** A provider-reported adjusted bar; volume may be {@code null} when the provider does not adjust it. */
  public record Adjusted(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume) {
    public Adjusted {
      requireOhlc("adjusted ", open, high, low, close);
      if (volume != null && volume.signum() < 0) {
        throw new IllegalArgumentException("adjusted volume must not be negative: " + volume);
      }
    }
  }

  public Candle {
    Objects.requireNonNull(time, "time");
    requireOhlc("", open, high, low, close);
    Objects.requireNonNull(volume, "volume");
    if (volume.signum() < 0) throw new IllegalArgumentException("volume must not be negative: " + volume);
    dividendCash = dividendCash == null ? BigDecimal.ZERO : dividendCash;
    splitFactor = splitFactor == null ? BigDecimal.ONE : splitFactor;
    if (dividendCash.signum() < 0) throw new IllegalArgumentException("dividend must not be negative: " + dividendCash);
    if (splitFactor.signum() <= 0) throw new IllegalArgumentException("split factor must be positive: " + splitFactor);
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) throw new IllegalArgumentException("source must not be blank");
  }

  /** A raw bar with no adjustment and no corporate action. */
  public static Candle of(Instant time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
      BigDecimal volume, String source) {
    return new Candle(time, open, high, low, close, volume, null, null, null, source);
  }

  /** Whether a split or dividend is effective on this bar. */
  public boolean hasCorporateAction() {
    return dividendCash.signum() != 0 || splitFactor.compareTo(BigDecimal.ONE) != 0;
  }

  static void requireOhlc(String prefix, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {
    Objects.requireNonNull(open, prefix + "open");
    Objects.requireNonNull(high, prefix + "high");
    Objects.requireNonNull(low, prefix + "low");
    Objects.requireNonNull(close, prefix + "close");
    if (low.compareTo(high) > 0) throw new IllegalArgumentException(prefix + "low " + low + " above " + prefix + "high " + high);
    if (open.compareTo(low) < 0 || open.compareTo(high) > 0) {
      throw new IllegalArgumentException(prefix + "open " + open + " outside " + prefix + "low..high " + low + ".." + high);
    }
    if (close.compareTo(low) < 0 || close.compareTo(high) > 0) {
      throw new IllegalArgumentException(prefix + "close " + close + " outside " + prefix + "low..high " + low + ".." + high);
    }
  }
}
