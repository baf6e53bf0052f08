package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackAdjusterTest {

  private static final long DAY = Interval.D1.millis();
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private static Instant day(int i) {
    return START.plusMillis(i * DAY);
  }

  /** Five daily bars with close 100 and volume 1000. */
  private static CandleSeries flat() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1);
    for (int i = 0; i < 5; i++) b.add(day(i).toEpochMilli(), 100, 110, 90, 100, 1000);
    return b.build();
  }

  @Test
  void bars_before_each_ex_date_are_scaled_by_the_product_of_later_factors() {
    CorporateAction split = new CorporateAction.Split(day(4), 2);
    CorporateAction dividend = new CorporateAction.Dividend(day(2), 2, 100);

    CandleSeries adjusted = BackAdjuster.adjust(flat(), List.of(split, dividend));

    double[] expectedClose = {49, 49, 50, 50, 100};
    double[] expectedVolume = {2000, 2000, 2000, 2000, 1000};
    for (int i = 0; i < 5; i++) {
      assertThat(adjusted.close(i)).as("close %d", i).isCloseTo(expectedClose[i], within(1e-12));
      assertThat(adjusted.high(i)).as("high %d", i).isCloseTo(expectedClose[i] * 1.1, within(1e-12));
      assertThat(adjusted.low(i)).as("low %d", i).isCloseTo(expectedClose[i] * 0.9, within(1e-12));
      assertThat(adjusted.volume(i)).as("volume %d", i).isEqualTo(expectedVolume[i]);
    }
    assertThat(adjusted.openTimes()).isEqualTo(flat().openTimes());
  }

  @Test
  void an_action_before_the_first_bar_changes_nothing_and_one_after_the_last_changes_everything() {
    CandleSeries raw = flat();

    assertThat(BackAdjuster.adjust(raw, List.of())).isEqualTo(raw);
    assertThat(BackAdjuster.adjust(raw, List.of(new CorporateAction.Split(START.minusMillis(1), 4)))).isEqualTo(raw);
    assertThat(BackAdjuster.adjust(raw, List.of(new CorporateAction.Split(day(9), 4))).closes())
        .containsExactly(25, 25, 25, 25, 25);
  }

  @Test
  void an_ex_date_a_nanosecond_after_a_bar_opens_still_adjusts_that_bar() {
    CorporateAction split = new CorporateAction.Split(day(4).plusNanos(1), 2);

    assertThat(BackAdjuster.adjust(flat(), List.of(split)).closes()).containsExactly(50, 50, 50, 50, 50);
    assertThat(BackAdjuster.adjust(storedFlat(), List.of(split))).allSatisfy(
        c -> assertThat(c.close()).isEqualByComparingTo("50"));
  }

  private static List<Candle> storedFlat() {
    return List.of(0, 1, 2, 3, 4).stream()
        .map(i -> Candle.of(day(i), new BigDecimal("100"), new BigDecimal("110"), new BigDecimal("90"),
            new BigDecimal("100"), new BigDecimal("1000"), "test"))
        .toList();
  }

  @Test
  void stored_candles_are_rounded_to_twelve_significant_digits_keeping_their_other_fields() {
    Candle.Adjusted providerAdjusted = new Candle.Adjusted(new BigDecimal("1"), new BigDecimal("1"),
        new BigDecimal("1"), new BigDecimal("1"), null);
    Candle late = new Candle(day(3), new BigDecimal("10.5"), new BigDecimal("11"), new BigDecimal("10"),
        new BigDecimal("10.25"), new BigDecimal("123456789012345"), providerAdjusted, BigDecimal.ZERO,
        new BigDecimal("3"), "yahoo-csv");
    Candle early = new Candle(day(1), new BigDecimal("100.123456"), new BigDecimal("100.123457"),
        new BigDecimal("100.123456"), new BigDecimal("100.123457"), new BigDecimal("1000"), providerAdjusted,
        new BigDecimal("0.5"), BigDecimal.ONE, "yahoo-csv");

    List<Candle> adjusted = BackAdjuster.adjust(List.of(late, early),
        List.of(new CorporateAction.Split(day(3), 3)));

    assertThat(adjusted.get(0)).isEqualTo(new Candle(day(3), new BigDecimal("10.5"), new BigDecimal("11"),
        new BigDecimal("10"), new BigDecimal("10.25"), new BigDecimal("123456789012345"), null, BigDecimal.ZERO,
        new BigDecimal("3"), "yahoo-csv"));
    Candle e = adjusted.get(1);
    assertThat(e.open()).isEqualTo(new BigDecimal("33.3744853333"));
    assertThat(e.high()).isEqualTo(new BigDecimal("33.3744856667"));
    assertThat(e.close()).isEqualTo(e.high());
    assertThat(e.low()).isEqualTo(e.open());
    assertThat(e.volume()).isEqualByComparingTo("3000");
    assertThat(e.adjusted()).isNull();
    assertThat(e.dividendCash()).isEqualTo(new BigDecimal("0.5"));
    assertThat(e.splitFactor()).isEqualTo(BigDecimal.ONE);
    assertThat(e.source()).isEqualTo("yahoo-csv");
  }

  @Test
  void stored_and_columnar_adjustment_agree() {
    List<CorporateAction> actions = List.of(new CorporateAction.Dividend(day(1), 0.37, 101.3),
        new CorporateAction.Split(day(3), 1.5), new CorporateAction.Dividend(day(4), 0.41, 66.1));
    List<Candle> stored = storedFlat();
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1);
    stored.forEach(b::add);

    List<Candle> exact = BackAdjuster.adjust(stored, actions);
    CandleSeries columnar = BackAdjuster.adjust(b.build(), actions);

    for (int i = 0; i < exact.size(); i++) {
      assertThat(exact.get(i).close().doubleValue()).as("bar %d", i).isCloseTo(columnar.close(i), within(1e-9));
      assertThat(exact.get(i).volume().doubleValue()).as("bar %d", i).isEqualTo(columnar.volume(i));
    }
  }
}
