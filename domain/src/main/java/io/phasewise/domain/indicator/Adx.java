package io.phasewise.domain.indicator;

/**
 * Average directional index with +DI and −DI, Wilder's definitions seeded as TA-Lib's ADX, PLUS_DI and
 * MINUS_DI do. Per bar: +DM = high − previous high when that exceeds both 0 and previous low − low, else
 * 0; −DM symmetrically; TR = max(high − low, |high − previous close|, |low − previous close|). The
 * smoothed sums start as the plain sum of bars 1..N−1 and then follow S ← S − S/N + x from bar N on;
 * ±DI = 100 × S(±DM) / S(TR); DX = 100 × |+DI − −DI| / (+DI + −DI); ADX starts at bar 2N−1 as the mean
 * of the N DX values of bars N..2N−1 and then follows ADX ← (ADX × (N − 1) + DX) / N.
 *
 * <p>Flat prices: when S(TR) is 0 both DIs are 0; when +DI + −DI is 0 DX is undefined, so it counts
 * as 0 in the seed and leaves ADX unchanged afterwards (TA-Lib's rule). The zero tests are exact, where
 * TA-Lib uses an absolute epsilon that misfires on assets priced below a cent.
 *
 * <p>Warm-up convergence: the seeds' weight in the smoothed sums decays as {@code (1 - 1/N)^m}, and ADX,
 * smoothed again, carries it on (see {@link Smoothing#barsToForget(double, double)}); after
 * {@link #convergenceBars} bars past the ADX warm-up it is below e^-25 in all three outputs, and they
 * agree within 1e-9 however much earlier history was supplied, unless its ranges were more than about
 * 70 times the current ones.
 */
public final class Adx {

  /** ADX, +DI and −DI columns; ADX is NaN for {@link #warmUp} bars, the DIs for {@link #diWarmUp} bars. */
  public record Series(double[] adx, double[] plusDi, double[] minusDi) {}

  private Adx() {}

  /** Leading NaN outputs of the ADX column: {@code 2 × period − 1} (TA-Lib's ADX lookback). */
  public static int warmUp(int period) {
    return 2 * ParamCheck.atLeast("period", period, 2) - 1;
  }

  /** Leading NaN outputs of the ±DI columns: {@code period} (TA-Lib's PLUS_DI/MINUS_DI lookback). */
  public static int diWarmUp(int period) {
    return ParamCheck.atLeast("period", period, 2);
  }

  /** Bars after {@link #warmUp} after which the seeds no longer matter to any output (see the class comment). */
  public static int convergenceBars(int period) {
    double alpha = 1.0 / ParamCheck.atLeast("period", period, 2);
    return Smoothing.barsToForget(alpha, alpha);
  }

  public static Series batch(double[] high, double[] low, double[] close, int period) {
    int n = ParamCheck.sameLength("high", high, "low", low);
    ParamCheck.sameLength("high", high, "close", close);
    Streaming s = streaming(period);
    double[] adx = new double[n];
    double[] plus = new double[n];
    double[] minus = new double[n];
    for (int i = 0; i < n; i++) {
      adx[i] = s.next(high[i], low[i], close[i]);
      plus[i] = s.plusDi();
      minus[i] = s.minusDi();
    }
    return new Series(adx, plus, minus);
  }

  public static Streaming streaming(int period) {
    return new Streaming(diWarmUp(period));
  }

  /** ADX bar by bar: after the k-th {@link #next}, its result and the DI getters equal the batch's k-th values. */
  public static final class Streaming {
    private final int period;
    private int bar = -1;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;
    private double dxSum;
    private double adx = Double.NaN;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;

    private Streaming(int period) {
      this.period = period;
    }

    /** Adds a bar; returns ADX (NaN during its warm-up). */
    public double next(double high, double low, double close) {
      bar++;
      if (bar > 0) update(high, low);
      previousHigh = high;
      previousLow = low;
      previousClose = close;
      return adx;
    }

    private void update(double high, double low) {
      double up = high - previousHigh;
      double down = previousLow - low;
      double plus = up > 0 && up > down ? up : 0;
      double minus = down > 0 && down > up ? down : 0;
      double tr = Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
      if (bar < period) {
        plusDm += plus;
        minusDm += minus;
        trueRange += tr;
        return;
      }
      plusDm = plusDm - plusDm / period + plus;
      minusDm = minusDm - minusDm / period + minus;
      trueRange = trueRange - trueRange / period + tr;
      if (trueRange == 0) {
        plusDi = 0;
        minusDi = 0;
      } else {
        plusDi = 100.0 * (plusDm / trueRange);
        minusDi = 100.0 * (minusDm / trueRange);
      }
      double diSum = plusDi + minusDi;
      boolean dxDefined = diSum != 0;
      double dx = dxDefined ? 100.0 * (Math.abs(minusDi - plusDi) / diSum) : 0;
      if (bar < 2 * period - 1) {
        dxSum += dx;
      } else if (bar == 2 * period - 1) {
        adx = (dxSum + dx) / period;
      } else if (dxDefined) {
        adx = (adx * (period - 1) + dx) / period;
      }
    }

    /** ADX of the last bar, NaN during its warm-up. */
    public double adx() {
      return adx;
    }

    /** +DI of the last bar, NaN during its warm-up. */
    public double plusDi() {
      return plusDi;
    }

    /** −DI of the last bar, NaN during its warm-up. */
    public double minusDi() {
      return minusDi;
    }
  }
}
