package io.phasewise.domain.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Back-adjusts price history for splits and cash dividends so that returns across ex-dates are
 * continuous.
 *
 * <p>Convention (CRSP, and Yahoo's "Adj Close"): the last bar keeps its prices; every bar that opens
 * before an action's ex-date has its prices multiplied by the action's
 * {@link CorporateAction#priceFactor()} and its volume by {@link CorporateAction#volumeFactor()}.
 * A cash dividend {@code D} scales prices by {@code 1 − D / previousClose} and leaves volume alone;
 * a split of {@code ratio} new shares per old share divides prices by the ratio and multiplies
 * volume by it. Factors of several actions multiply. The actions may be given in any order.
 */
public final class BackAdjuster {

  /** Precision of adjusted stored prices: more than any provider reports, and rounding stays monotone. */
  private static final MathContext STORED = new MathContext(12, RoundingMode.HALF_EVEN);

  private BackAdjuster() {}

  /**
   * The series with bar {@code i} scaled by the product of the factors of every action whose ex-date
   * is strictly after bar {@code i}'s open time. One backward pass: O(bars + actions · log actions).
   */
  public static CandleSeries adjust(CandleSeries raw, List<CorporateAction> actions) {
    Factors factors = new Factors(actions);
    int n = raw.size();
    long[] t = raw.openTimes();
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    int after = factors.count();
    for (int i = n - 1; i >= 0; i--) {
      while (after > 0 && factors.exCeilMillis[after - 1] > t[i]) after--;
      double price = factors.price[after];
      o[i] = raw.open(i) * price;
      h[i] = raw.high(i) * price;
      l[i] = raw.low(i) * price;
      c[i] = raw.close(i) * price;
      v[i] = raw.volume(i) * factors.volume[after];
    }
    return CandleSeries.of(raw.interval(), t, o, h, l, c, v);
  }

  /**
   * Stored candles back-adjusted like {@link #adjust(CandleSeries, List)}, in their input order.
   * Scaled prices and volumes are rounded to 12 significant digits (half-even); rounding is monotone,
   * so {@code low ≤ open, close ≤ high} still holds. Bars with a factor of exactly 1 keep their
   * values. Dividend cash, split factor and source are kept as stored; the provider's adjusted bar
   * is dropped ({@code null}) because the result replaces it.
   */
  public static List<Candle> adjust(List<Candle> raw, List<CorporateAction> actions) {
    Factors factors = new Factors(actions);
    List<Candle> adjusted = new ArrayList<>(raw.size());
    for (Candle bar : raw) {
      int after = factors.firstAfter(bar.time());
      BigDecimal price = BigDecimal.valueOf(factors.price[after]);
      BigDecimal volume = BigDecimal.valueOf(factors.volume[after]);
      adjusted.add(new Candle(bar.time(), scale(bar.open(), price), scale(bar.high(), price),
          scale(bar.low(), price), scale(bar.close(), price), scale(bar.volume(), volume), null,
          bar.dividendCash(), bar.splitFactor(), bar.source()));
    }
    return adjusted;
  }

  private static BigDecimal scale(BigDecimal value, BigDecimal factor) {
    return factor.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(factor, STORED);
  }

  /**
   * Actions sorted by ex-date with suffix products: {@code price[j]} is the product of the price
   * factors of actions {@code j..count-1}, i.e. the factor of a bar that opens before action
   * {@code j} and not before action {@code j-1}; {@code price[count]} is 1.
   */
  private static final class Factors {
    private final Instant[] exDates;
    /** Ex-dates rounded up to the millisecond: for a bar opening at whole millis t, ex > t ⇔ ceil(ex) > t. */
    private final long[] exCeilMillis;
    private final double[] price;
    private final double[] volume;

    Factors(List<CorporateAction> actions) {
      List<CorporateAction> sorted = new ArrayList<>(actions);
      sorted.sort(Comparator.comparing(CorporateAction::exDate));
      int count = sorted.size();
      exDates = new Instant[count];
      exCeilMillis = new long[count];
      price = new double[count + 1];
      volume = new double[count + 1];
      price[count] = 1;
      volume[count] = 1;
      for (int j = count - 1; j >= 0; j--) {
        CorporateAction action = sorted.get(j);
        exDates[j] = action.exDate();
        exCeilMillis[j] = action.exDate().toEpochMilli() + (action.exDate().getNano() % 1_000_000 == 0 ? 0 : 1);
        price[j] = price[j + 1] * action.priceFactor();
        volume[j] = volume[j + 1] * action.volumeFactor();
      }
    }

    int count() {
      return exDates.length;
    }

    /** Index of the first action whose ex-date is strictly after {@code time} ({@link #count()} if none). */
    int firstAfter(Instant time) {
      int i = Arrays.binarySearch(exDates, time);
      if (i < 0) return -i - 1;
      while (i < exDates.length && !exDates[i].isAfter(time)) i++;
      return i;
    }
  }
}
