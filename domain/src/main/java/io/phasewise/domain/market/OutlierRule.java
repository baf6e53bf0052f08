package io.phasewise.domain.market;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule: a bar is an <b>outlier</b> when its close moved from the previous close by more than
 * {@code multiple} times the asset's recent volatility: {@code |ln(close / previous close)| >
 * multiple × σ}, where σ is the root mean square of the previous {@code window} log returns that were
 * not outliers themselves. Until {@code window} returns are known, and where a close is not positive,
 * no bar is judged. An outlier is stored all the same (a crash is real data); it is reported so that
 * someone looks at it.
 *
 * @param multiple how many times the recent volatility a move must exceed, above 0
 * @param window how many recent returns make the volatility, at least 2
 */
public record OutlierRule(double multiple, int window) {
  /** Ten times the volatility of the last 20 returns. */
  public static final OutlierRule DEFAULT = new OutlierRule(10, 20);

  public OutlierRule {
    if (!(multiple > 0) || Double.isInfinite(multiple)) throw new IllegalArgumentException("multiple must be above 0: " + multiple);
    if (window < 2) throw new IllegalArgumentException("window must be at least 2: " + window);
  }

  /** A fresh judge for one series of bars, fed in time order. */
  public Judge judge() {
    return new Judge(this);
  }

  /** Judges the bars of one series in time order, remembering the recent returns. */
  public static final class Judge {
    private final OutlierRule rule;
    private final double[] squares;
    private double sum;
    private int count;
    private double previous = Double.NaN;

    private Judge(OutlierRule rule) {
      this.rule = rule;
      this.squares = new double[rule.window];
    }

    /** Why the bar closing at {@code close} is an outlier, or empty when it is not (or cannot be judged yet). */
    public Optional<String> next(double close) {
      double before = previous;
      previous = close;
      if (!(before > 0) || !(close > 0)) return Optional.empty();
      double move = Math.log(close / before);
      if (count >= rule.window) {
        double sigma = Math.sqrt(Math.max(sum, 0) / rule.window);
        if (sigma > 0 && Math.abs(move) > rule.multiple * sigma) {
          return Optional.of(String.format(Locale.ROOT,
              "close moved %+.1f%% from %s to %s, %.1f times the recent volatility (outlier beyond %s times)",
              (Math.exp(move) - 1) * 100, plain(before), plain(close), Math.abs(move) / sigma, plain(rule.multiple)));
        }
      }
      int slot = count % rule.window;
      sum += move * move - squares[slot];
      squares[slot] = move * move;
      count++;
      return Optional.empty();
    }

    private static String plain(double value) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
