package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RollingCorrelationTest {

  /** Aligned price pairs: AAPL/SPY (inner-joined on dates), BTC-USD close/open and a 100,000-bar correlated walk. */
  private static final List<double[][]> PAIRS = List.of(
      Direct.alignedCloses(Bars.yahoo("/market/AAPL.csv"), Bars.yahoo("/market/SPY.csv")),
      btcCloseAndOpen(),
      correlatedWalks(7L, 100_000));
  private static final List<String> NAMES = List.of("AAPL/SPY", "BTC-USD close/open", "correlated-walk(7)");

  /** BTC-USD shares no date with the stock files, so its pair is its own close against its own open. */
  private static double[][] btcCloseAndOpen() {
    Bars btc = Bars.yahoo("/indicator/BTC-USD.csv");
    return new double[][] {btc.close(), btc.open()};
  }

  private static double[][] correlatedWalks(long seed, int n) {
    Random random = new Random(seed);
    double[] a = new double[n];
    double[] b = new double[n];
    a[0] = 50;
    b[0] = 300;
    for (int t = 1; t < n; t++) {
      double market = random.nextGaussian();
      b[t] = b[t - 1] * Math.exp(0.01 * market);
      a[t] = a[t - 1] * Math.exp(0.012 * market + 0.015 * random.nextGaussian());
    }
    return new double[][] {a, b};
  }

  /**
   * TA-Lib's CORREL is Pearson correlation of whatever it is given, so it is fed our definition's inputs,
   * the log returns. Its BETA cannot be: it takes simple returns of the prices it receives, so beta is
   * checked against the direct per-window computation instead. Short windows are left to that check too:
   * TA-Lib reports 0 whenever its variance product falls under an absolute epsilon, which quiet
   * five-day windows of daily returns do.
   */
  @ParameterizedTest
  @ValueSource(ints = {20, 60})
  void correlation_equals_talib_correl_on_log_returns(int window) {
    for (int p = 0; p < PAIRS.size(); p++) {
      double[] a = PAIRS.get(p)[0];
      double[] b = PAIRS.get(p)[1];
      double[] ra = Arrays.copyOfRange(Direct.logReturns(a), 1, a.length);
      double[] rb = Arrays.copyOfRange(Direct.logReturns(b), 1, b.length);
      double[] talib = TaLib.run(ra.length, 1,
          (end, begin, length, out) -> TaLib.CORE.correl(0, end, ra, rb, window, begin, length, out[0]))[0];
      double[] expected = Direct.nan(a.length);
      System.arraycopy(talib, 0, expected, 1, talib.length);
      RollingCorrelation.Series ours = RollingCorrelation.batch(a, b, window);
      assertThat(RollingCorrelation.warmUp(window)).isEqualTo(TaLib.CORE.correlLookback(window) + 1)
          .isEqualTo(Compare.leadingNaN(expected));
      Compare.assertClose("CORREL(" + window + ") " + NAMES.get(p), expected, ours.correlation(), 1e-9);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 20, 60})
  void correlation_and_beta_equal_a_direct_per_window_computation(int window) {
    for (int p = 0; p < PAIRS.size(); p++) {
      double[] a = PAIRS.get(p)[0];
      double[] b = PAIRS.get(p)[1];
      double[] ra = Direct.logReturns(a);
      double[] rb = Direct.logReturns(b);
      double[] correlation = Direct.nan(a.length);
      double[] beta = Direct.nan(a.length);
      for (int t = window; t < a.length; t++) {
        int from = t - window + 1;
        double cov = Direct.covariance(ra, rb, from, t + 1);
        double varA = Direct.covariance(ra, ra, from, t + 1);
        double varB = Direct.covariance(rb, rb, from, t + 1);
        correlation[t] = cov / Math.sqrt(varA * varB);
        beta[t] = cov / varB;
      }
      RollingCorrelation.Series ours = RollingCorrelation.batch(a, b, window);
      Compare.assertClose("correlation(" + window + ") direct " + NAMES.get(p), correlation, ours.correlation(), 1e-9);
      Compare.assertClose("beta(" + window + ") direct " + NAMES.get(p), beta, ours.beta(), 1e-9);
    }
  }

  @Test
  void a_constant_window_has_zero_correlation_and_beta() {
    double[] a = {10, 11, 12, 12, 12, 12, 13};
    double[] b = {20, 19, 21, 22, 23, 24, 25};
    RollingCorrelation.Series s = RollingCorrelation.batch(a, b, 3);
    assertThat(s.correlation()[5]).isZero();
    assertThat(s.beta()[5]).isZero();
    RollingCorrelation.Series flatBenchmark = RollingCorrelation.batch(b, a, 3);
    assertThat(flatBenchmark.beta()[5]).isZero();
    assertThat(flatBenchmark.correlation()[5]).isZero();
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_bounded_and_gaps_leave_no_nan(long seed) {
    Bars asset = Bars.withGapsAndFlats(seed, 3_000);
    Bars benchmark = Bars.withGapsAndFlats(seed + 1_000, 3_000);
    int window = 2 + (int) (seed % 30);
    String label = "seed " + seed + " correlation(" + window + ")";
    RollingCorrelation.Series batch = RollingCorrelation.batch(asset.close(), benchmark.close(), window);
    RollingCorrelation.Streaming stream = RollingCorrelation.streaming(window);
    double[] correlation = new double[asset.size()];
    double[] beta = new double[asset.size()];
    for (int i = 0; i < asset.size(); i++) {
      correlation[i] = stream.next(asset.close()[i], benchmark.close()[i]);
      assertThat(Double.doubleToLongBits(stream.correlation())).as(label).isEqualTo(Double.doubleToLongBits(correlation[i]));
      beta[i] = stream.beta();
    }
    Compare.assertClose(label, batch.correlation(), correlation, 1e-12);
    Compare.assertClose(label + " beta", batch.beta(), beta, 1e-12);
    int warmUp = RollingCorrelation.warmUp(window);
    Compare.assertFiniteFrom(label, batch.correlation(), warmUp);
    Compare.assertFiniteFrom(label + " beta", batch.beta(), warmUp);
    for (int i = warmUp; i < asset.size(); i++) {
      assertThat(batch.correlation()[i]).as(label + " at " + i).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void validates_parameters_and_lengths() {
    assertThatThrownBy(() -> RollingCorrelation.streaming(1)).hasMessageContaining("window").hasMessageContaining("1");
    assertThatThrownBy(() -> RollingCorrelation.batch(new double[3], new double[4], 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("benchmark");
  }
}
