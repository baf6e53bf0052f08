package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandleSeriesTest {

  private static final long DAY = Interval.D1.millis();
  private static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

  /** Daily bars 0..n-1 whose close is 100 + i. */
  private static CandleSeries daily(int n) {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1, 1);
    for (int i = 0; i < n; i++) {
      b.add(START + i * DAY, 100 + i, 101 + i, 99 + i, 100 + i, 1000 + i);
    }
    return b.build();
  }

  @Test
  void the_builder_grows_past_its_initial_capacity_and_keeps_every_bar() {
    CandleSeries s = daily(1000);

    assertThat(s.size()).isEqualTo(1000);
    assertThat(s.openTimes()).hasSize(1000);
    assertThat(s.close(0)).isEqualTo(100);
    assertThat(s.close(999)).isEqualTo(1099);
    assertThat(s.volume(500)).isEqualTo(1500);
    assertThat(s.time(999)).isEqualTo(Instant.ofEpochMilli(START + 999 * DAY));
  }

  @Test
  void a_built_series_is_not_changed_by_later_additions_to_its_builder() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1, 2);
    b.add(START, 1, 1, 1, 1, 1).add(START + DAY, 2, 2, 2, 2, 2);
    CandleSeries first = b.build();

    b.add(START + 2 * DAY, 3, 3, 3, 3, 3);

    assertThat(first.size()).isEqualTo(2);
    assertThat(b.build().size()).isEqualTo(3);
  }

  @Test
  void the_builder_accepts_stored_candles() {
    Candle c = Candle.of(Instant.ofEpochMilli(START), new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("1"),
        new BigDecimal("1.75"), new BigDecimal("10"), "test");

    CandleSeries s = CandleSeries.builder(Interval.D1).add(c).build();

    assertThat(s.opens()).containsExactly(1.5);
    assertThat(s.closes()).containsExactly(1.75);
  }

  @Test
  void non_increasing_times_are_rejected() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1).add(START, 1, 1, 1, 1, 1);

    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START, 1, 1, 1, 1, 1))
        .withMessageContaining("does not follow");
    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START - DAY, 1, 1, 1, 1, 1))
        .withMessageContaining("does not follow");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CandleSeries.of(Interval.D1, new long[] {START, START}, new double[] {1, 1},
            new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1}))
        .withMessageContaining("bar 1");
  }

  @Test
  void nan_and_infinite_values_are_rejected_naming_the_field() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1);

    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START, 1, 1, 1, Double.NaN, 1))
        .withMessageContaining("close NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START, 1, Double.POSITIVE_INFINITY, 1, 1, 1))
        .withMessageContaining("high Infinity");
    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START, 1, 1, 1, 1, Double.NaN))
        .withMessageContaining("volume NaN");
  }

  @Test
  void broken_ohlc_and_negative_volume_are_rejected() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1);

    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START, 5, 4, 3, 4, 1))
        .withMessageContaining("o=5.0");
    assertThatIllegalArgumentException().isThrownBy(() -> b.add(START, 1, 1, 1, 1, -1))
        .withMessageContaining("negative volume");
    assertThat(b.size()).isZero();
  }

  @Test
  void columns_of_different_length_are_rejected_and_input_arrays_are_copied() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CandleSeries.of(Interval.D1, new long[] {START}, new double[] {1}, new double[] {1},
            new double[] {1}, new double[] {1}, new double[0]))
        .withMessageContaining("length");

    double[] close = {1};
    CandleSeries s = CandleSeries.of(Interval.D1, new long[] {START}, new double[] {1}, new double[] {1},
        new double[] {1}, close, new double[] {1});
    close[0] = 99;
    assertThat(s.close(0)).isEqualTo(1);
  }

  @Test
  void as_of_returns_only_bars_complete_by_then() {
    CandleSeries s = daily(10);
    Instant endOfBar3 = Instant.ofEpochMilli(START + 4 * DAY);

    assertThat(s.asOf(endOfBar3).size()).isEqualTo(4);
    assertThat(s.asOf(endOfBar3.minusMillis(1)).size()).isEqualTo(3);
    assertThat(s.asOf(Instant.ofEpochMilli(START)).isEmpty()).isTrue();
    assertThat(s.asOf(Instant.ofEpochMilli(START + 100 * DAY))).isEqualTo(s);
    CandleSeries known = s.asOf(endOfBar3.plusMillis(DAY / 2));
    for (int i = 0; i < known.size(); i++) {
      assertThat(known.endTime(i)).isBeforeOrEqualTo(endOfBar3.plusMillis(DAY / 2));
    }
  }

  @Test
  void between_is_half_open_on_open_times() {
    CandleSeries s = daily(10);

    CandleSeries mid = s.between(Instant.ofEpochMilli(START + 2 * DAY), Instant.ofEpochMilli(START + 5 * DAY));

    assertThat(mid.size()).isEqualTo(3);
    assertThat(mid.close(0)).isEqualTo(102);
    assertThat(mid.close(2)).isEqualTo(104);
    assertThat(s.between(Instant.ofEpochMilli(START + DAY / 2), Instant.ofEpochMilli(START + DAY + 1)).closes())
        .containsExactly(101);
  }

  @Test
  void slice_copies_a_range_and_checks_its_bounds() {
    CandleSeries s = daily(10);

    CandleSeries slice = s.slice(7, 10);

    assertThat(slice.closes()).containsExactly(107, 108, 109);
    assertThat(slice.interval()).isEqualTo(Interval.D1);
    assertThat(s.slice(3, 3).isEmpty()).isTrue();
    assertThatThrownBy(() -> s.slice(5, 11)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.slice(6, 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equal_bars_make_equal_series_and_any_difference_breaks_equality() {
    CandleSeries a = daily(5);

    assertThat(a).isEqualTo(daily(5)).hasSameHashCodeAs(daily(5));
    assertThat(a).isNotEqualTo(daily(4));
    assertThat(a).isNotEqualTo(CandleSeries.builder(Interval.H1).build());
    assertThat(CandleSeries.empty(Interval.D1)).isNotEqualTo(CandleSeries.empty(Interval.H1));
    CandleSeries otherVolume = CandleSeries.of(Interval.D1, a.openTimes(), a.opens(), a.highs(), a.lows(), a.closes(),
        new double[] {1, 1, 1, 1, 1});
    assertThat(a).isNotEqualTo(otherVolume);
    assertThat(a.toString()).contains("1d", "5 bars");
  }
}
