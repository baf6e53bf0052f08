package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CorporateActionInferenceTest {

  private static final Instant START = Instant.parse("2001-01-01T00:00:00Z");

  private static Instant day(int i) {
    return START.plusMillis(i * Interval.D1.millis());
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 50);
  }

  private static double round6(double price) {
    return Math.round(price * 1e6) / 1e6;
  }

  /** Feeds every bar and returns the inferred actions. */
  private static List<CorporateAction> infer(double[] close, double[] adjusted) {
    CorporateActionInference inference = new CorporateActionInference();
    List<CorporateAction> actions = new ArrayList<>();
    for (int i = 0; i < close.length; i++) {
      inference.next(day(i), close[i], adjusted[i]).ifPresent(actions::add);
    }
    return actions;
  }

  @Test
  void a_two_for_one_and_a_one_for_ten_reverse_split_are_inferred_and_undone() {
    int n = 90;
    double[] value = new double[n];
    double[] raw = new double[n];
    double[] adjusted = new double[n];
    for (int i = 0; i < n; i++) {
      value[i] = 100 + 10 * Math.sin(i / 7.0);
      double sharesPerOriginal = i < 30 ? 1 : i < 60 ? 2 : 0.2;
      raw[i] = value[i] / sharesPerOriginal;
      adjusted[i] = value[i] / 0.2;
    }

    List<CorporateAction> actions = infer(raw, adjusted);

    assertThat(actions).containsExactly(new CorporateAction.Split(day(30), 2), new CorporateAction.Split(day(60), 0.1));
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1);
    for (int i = 0; i < n; i++) b.add(day(i).toEpochMilli(), raw[i], raw[i], raw[i], raw[i], 1000);
    CandleSeries backAdjusted = BackAdjuster.adjust(b.build(), actions);
    for (int i = 0; i < n; i++) {
      assertThat(backAdjusted.close(i)).as("bar %d", i).isCloseTo(adjusted[i], within(1e-9));
      if (i > 0) {
        assertThat(backAdjusted.close(i) / backAdjusted.close(i - 1)).as("return into bar %d", i)
            .isCloseTo(value[i] / value[i - 1], within(1e-12));
      }
    }
    assertThat(backAdjusted.volume(0)).isCloseTo(1000 * 2 * 0.1, within(1e-9));
  }

  @Test
  void a_dividend_is_inferred_with_its_cash_and_previous_close() {
    double[] close = {50, 51, 49.5, 50};
    double factor = 1 - 0.25 / 51;
    double[] adjusted = {50 * factor, 51 * factor, 49.5, 50};

    List<CorporateAction> actions = infer(close, adjusted);

    assertThat(actions).hasSize(1);
    CorporateAction.Dividend dividend = (CorporateAction.Dividend) actions.get(0);
    assertThat(dividend.exDate()).isEqualTo(day(2));
    assertThat(dividend.cash()).isCloseTo(0.25, within(1e-12));
    assertThat(dividend.previousClose()).isEqualTo(51);
  }

  @Test
  void a_crash_with_an_unchanged_ratio_and_an_upward_jump_of_the_ratio_infer_nothing() {
    double[] close = {100, 48, 50, 50};
    double[] adjusted = {90, 43.2, 45, 44.1};

    assertThat(infer(close, adjusted)).isEmpty();
  }

  @Test
  void a_large_move_that_is_no_plausible_split_is_a_special_dividend() {
    double[] close = {100, 100};
    double[] adjusted = {60, 100};

    assertThat(infer(close, adjusted)).singleElement().isInstanceOfSatisfying(CorporateAction.Dividend.class,
        d -> assertThat(d.cash()).isCloseTo(40, within(1e-9)));
  }

  /**
   * Low prices rounded to 6 decimals, with a constant adjustment and a dividend of 0.1% every 63
   * bars: exactly the dividends are found, rounding noise never makes one.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void rounding_noise_at_low_prices_makes_no_dividend_but_small_real_dividends_are_found(long seed) {
    Random random = new Random(seed);
    int n = 1000;
    double[] close = new double[n];
    double[] adjusted = new double[n];
    double[] factorAfter = new double[n];
    double price = 0.2 + random.nextDouble() * 0.3;
    List<Instant> exDates = new ArrayList<>();
    double scale = 0.85;
    for (int i = n - 1; i >= 0; i--) {
      close[i] = round6(price);
      factorAfter[i] = scale;
      adjusted[i] = round6(close[i] * scale);
      if (i % 63 == 0 && i > 0) {
        scale *= 1 - 0.001;
        exDates.add(0, day(i));
      }
      price = Math.max(0.05, price * (1 + random.nextGaussian() * 0.03));
    }

    List<CorporateAction> actions = infer(close, adjusted);

    assertThat(actions).as("seed %d", seed).allMatch(a -> a instanceof CorporateAction.Dividend);
    assertThat(actions.stream().map(CorporateAction::exDate).toList()).as("seed %d", seed).isEqualTo(exDates);
    assertThat(actions).as("seed %d", seed)
        .allSatisfy(a -> assertThat(a.priceFactor()).isCloseTo(0.999, within(5e-5)));
  }

  @Test
  void a_coarse_price_quantum_widens_the_tolerance() {
    double[] close = {10.00, 10.01, 10.00};
    double[] adjusted = {9.90, 9.90, 9.90};
    CorporateActionInference cents = new CorporateActionInference(0.01);
    CorporateActionInference yahoo = new CorporateActionInference();

    List<Optional<CorporateAction>> inCents = new ArrayList<>();
    List<Optional<CorporateAction>> inMicros = new ArrayList<>();
    for (int i = 0; i < close.length; i++) {
      inCents.add(cents.next(day(i), close[i], adjusted[i]));
      inMicros.add(yahoo.next(day(i), close[i], adjusted[i]));
    }

    assertThat(inCents).allMatch(Optional::isEmpty);
    assertThat(inMicros.get(2)).isPresent();
  }

  @Test
  void bad_input_is_rejected_naming_the_field() {
    CorporateActionInference inference = new CorporateActionInference();
    inference.next(day(1), 10, 9);

    assertThatIllegalArgumentException().isThrownBy(() -> inference.next(day(1), 10, 9))
        .withMessageContaining("does not follow");
    assertThatIllegalArgumentException().isThrownBy(() -> inference.next(day(2), 0, 9))
        .withMessageContaining("close");
    assertThatIllegalArgumentException().isThrownBy(() -> inference.next(day(2), 10, Double.NaN))
        .withMessageContaining("adjusted close");
    assertThatIllegalArgumentException().isThrownBy(() -> new CorporateActionInference(0))
        .withMessageContaining("quantum");
  }
}
