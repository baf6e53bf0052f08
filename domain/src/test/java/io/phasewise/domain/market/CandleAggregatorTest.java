package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CandleAggregatorTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Nested
  class MinuteCandlesFromTicks {

    private Tick trade(String time, String price, String size, String source) {
      return Tick.trade(at(time), d(price), d(size), source);
    }

    @Test
    void ohlcv_are_exact_per_minute_and_source_and_quotes_are_ignored() {
      List<Tick> ticks = List.of(
          trade("2024-03-01T14:30:05Z", "100.10", "0.1", "A"),
          trade("2024-03-01T14:30:01Z", "100.05", "0.2", "A"),
          new Tick(at("2024-03-01T14:30:30Z"), null, null, d("500"), d("501"), d("1"), d("1"), "A"),
          trade("2024-03-01T14:30:59.999999999Z", "99.90", "3", "A"),
          trade("2024-03-01T14:31:00Z", "100.20", "5", "A"),
          trade("2024-03-01T14:30:10Z", "200", "1", "B"));

      List<Candle> candles = CandleAggregator.minuteCandles(ticks);

      assertThat(candles).containsExactly(
          Candle.of(at("2024-03-01T14:30:00Z"), d("100.05"), d("100.10"), d("99.90"), d("99.90"), d("3.3"), "A"),
          Candle.of(at("2024-03-01T14:30:00Z"), d("200"), d("200"), d("200"), d("200"), d("1"), "B"),
          Candle.of(at("2024-03-01T14:31:00Z"), d("100.20"), d("100.20"), d("100.20"), d("100.20"), d("5"), "A"));
    }

    @Test
    void trades_at_the_same_instant_keep_their_input_order() {
      List<Tick> ticks = List.of(
          trade("2024-03-01T14:30:00Z", "101", "1", "A"),
          trade("2024-03-01T14:30:00Z", "103", "1", "A"),
          trade("2024-03-01T14:30:00Z", "102", "1", "A"));

      Candle c = CandleAggregator.minuteCandles(ticks).get(0);

      assertThat(c.open()).isEqualTo(d("101"));
      assertThat(c.close()).isEqualTo(d("102"));
      assertThat(c.high()).isEqualTo(d("103"));
      assertThat(c.volume()).isEqualTo(d("3"));
    }

    @Test
    void only_quotes_make_no_candle() {
      Tick quote = new Tick(at("2024-03-01T14:30:00Z"), null, null, d("1"), d("2"), null, null, "A");

      assertThat(CandleAggregator.minuteCandles(List.of(quote))).isEmpty();
    }
  }

  @Nested
  class SeriesResampling {

    static LongStream seeds() {
      return LongStream.rangeClosed(1, 200);
    }

    /** Random one-minute bars over about a week, with gaps up to ten hours; whole volumes. */
    private CandleSeries randomMinutes(Random random) {
      long start = Interval.M1.floorMillis(at("2020-01-01T00:00:00Z").toEpochMilli()
          + (long) (random.nextDouble() * 4 * 365 * Interval.D1.millis()));
      int n = 1 + random.nextInt(8000);
      CandleSeries.Builder b = CandleSeries.builder(Interval.M1);
      long t = start;
      double price = 10 + random.nextDouble() * 1000;
      for (int i = 0; i < n; i++) {
        double open = price;
        double close = Math.max(0.01, open * (1 + random.nextGaussian() * 0.002));
        double high = Math.max(open, close) * (1 + random.nextDouble() * 0.001);
        double low = Math.min(open, close) * (1 - random.nextDouble() * 0.001);
        b.add(t, open, high, low, close, random.nextInt(10_000));
        price = close;
        t += Interval.M1.millis() * (random.nextInt(20) == 0 ? 1 + random.nextInt(600) : 1);
      }
      return b.build();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void resampling_in_steps_equals_resampling_at_once(long seed) {
      CandleSeries minutes = randomMinutes(new Random(seed));

      CandleSeries days = CandleAggregator.resample(minutes, Interval.D1);
      CandleSeries stepwise = CandleAggregator.resample(CandleAggregator.resample(
          CandleAggregator.resample(minutes, Interval.M5), Interval.H1), Interval.D1);

      assertThat(stepwise).as("seed %d", seed).isEqualTo(days);
      assertThat(CandleAggregator.resample(days, Interval.W1)).as("seed %d", seed)
          .isEqualTo(CandleAggregator.resample(minutes, Interval.W1));
      assertThat(days).as("seed %d", seed).isEqualTo(naiveDaily(minutes));
    }

    /** An independent oracle: each day's bars found with java.time, aggregated with streams. */
    private CandleSeries naiveDaily(CandleSeries minutes) {
      CandleSeries.Builder b = CandleSeries.builder(Interval.D1);
      int i = 0;
      while (i < minutes.size()) {
        var day = minutes.time(i).atZone(ZoneOffset.UTC).toLocalDate();
        List<Integer> members = new ArrayList<>();
        while (i < minutes.size() && minutes.time(i).atZone(ZoneOffset.UTC).toLocalDate().equals(day)) {
          members.add(i++);
        }
        b.add(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
            minutes.open(members.get(0)),
            members.stream().mapToDouble(minutes::high).max().orElseThrow(),
            members.stream().mapToDouble(minutes::low).min().orElseThrow(),
            minutes.close(members.get(members.size() - 1)),
            members.stream().mapToDouble(minutes::volume).sum());
      }
      return b.build();
    }

    @Test
    void the_last_bucket_may_be_partial_and_empty_periods_make_no_bar() {
      long midnight = at("2024-03-04T00:00:00Z").toEpochMilli();
      long hour = Interval.H1.millis();
      CandleSeries hours = CandleSeries.builder(Interval.H1)
          .add(midnight + 22 * hour, 10, 12, 9, 11, 1)
          .add(midnight + 23 * hour, 11, 13, 10, 12, 2)
          .add(midnight + 72 * hour, 20, 21, 19, 20, 3)
          .add(midnight + 73 * hour, 20, 22, 18, 21, 4)
          .build();

      CandleSeries days = CandleAggregator.resample(hours, Interval.D1);

      assertThat(days).isEqualTo(CandleSeries.builder(Interval.D1)
          .add(midnight, 10, 13, 9, 12, 3)
          .add(midnight + 3 * Interval.D1.millis(), 20, 22, 18, 21, 7)
          .build());
    }

    @Test
    void an_empty_series_resamples_to_an_empty_series() {
      assertThat(CandleAggregator.resample(CandleSeries.empty(Interval.M1), Interval.H1))
          .isEqualTo(CandleSeries.empty(Interval.H1));
    }

    @Test
    void real_spy_days_make_monday_weeks_holding_their_days() {
      CandleSeries days = YahooCsv.series(YahooCsv.read("SPY"));

      CandleSeries weeks = CandleAggregator.resample(days, Interval.W1);

      long isoWeeks = LongStream.range(0, days.size())
          .mapToObj(i -> days.time((int) i).atZone(ZoneOffset.UTC))
          .map(z -> z.get(IsoFields.WEEK_BASED_YEAR) * 100 + z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
          .distinct().count();
      assertThat(weeks.size()).isEqualTo(isoWeeks).isEqualTo(659);
      for (int w = 0; w < weeks.size(); w++) {
        var open = weeks.time(w).atZone(ZoneOffset.UTC);
        assertThat(open.getDayOfWeek()).as("week %d", w).isEqualTo(DayOfWeek.MONDAY);
        assertThat(open.toLocalTime().toSecondOfDay()).as("week %d", w).isZero();
        CandleSeries members = days.between(weeks.time(w), weeks.endTime(w));
        assertThat(members.isEmpty()).as("week %d", w).isFalse();
        assertThat(weeks.open(w)).isEqualTo(members.open(0));
        assertThat(weeks.close(w)).isEqualTo(members.close(members.size() - 1));
        assertThat(weeks.high(w)).as("week %d", w).isEqualTo(Arrays.stream(members.highs()).max().orElseThrow());
        assertThat(weeks.low(w)).as("week %d", w).isEqualTo(Arrays.stream(members.lows()).min().orElseThrow());
        assertThat(weeks.volume(w)).as("week %d", w).isEqualTo(Arrays.stream(members.volumes()).sum());
      }
      assertThat(Arrays.stream(weeks.volumes()).sum()).isEqualTo(Arrays.stream(days.volumes()).sum());
    }

    @Test
    void non_multiples_are_rejected_naming_both_intervals() {
      CandleSeries days = CandleSeries.builder(Interval.D1).add(0, 1, 1, 1, 1, 1).build();
      CandleSeries weeks = CandleSeries.builder(Interval.W1).add(Interval.W1.floorMillis(0), 1, 1, 1, 1, 1).build();

      assertThatIllegalArgumentException().isThrownBy(() -> CandleAggregator.resample(weeks, Interval.D1))
          .withMessageContaining("1w").withMessageContaining("1d");
      assertThatIllegalArgumentException().isThrownBy(() -> CandleAggregator.resample(days, Interval.H4))
          .withMessageContaining("4h").withMessageContaining("1d");
      assertThatIllegalArgumentException().isThrownBy(() -> CandleAggregator.resample(days, Interval.D1))
          .withMessageContaining("1d");
    }
  }

  @Nested
  class StoredCandleResampling {

    private Candle hourly(String time, String open, String high, String low, String close, String volume,
        String dividend, String split, String source) {
      Candle.Adjusted adjusted = new Candle.Adjusted(d(low), d(high), d(low), d(low), null);
      return new Candle(at(time), d(open), d(high), d(low), d(close), d(volume), adjusted, d(dividend), d(split),
          source);
    }

    @Test
    void each_source_is_resampled_on_its_own_keeping_corporate_actions() {
      List<Candle> hours = List.of(
          hourly("2024-03-04T05:00:00Z", "12", "13", "11", "12.5", "7", "0", "1", "A"),
          hourly("2024-03-04T04:00:00Z", "10", "12", "9", "11", "5", "0.25", "2", "A"),
          hourly("2024-03-04T04:00:00Z", "50", "51", "49", "50", "1", "0", "1", "B"),
          hourly("2024-03-04T07:00:00Z", "12.5", "14", "12", "13", "0.5", "0.10", "1.5", "A"),
          hourly("2024-03-04T08:00:00Z", "13", "13", "13", "13", "1", "0", "1", "A"));

      List<Candle> fourHours = CandleAggregator.resample(hours, Interval.H1, Interval.H4);

      assertThat(fourHours).containsExactly(
          new Candle(at("2024-03-04T04:00:00Z"), d("10"), d("14"), d("9"), d("13"), d("12.5"), null, d("0.35"),
              d("3.0"), "A"),
          new Candle(at("2024-03-04T04:00:00Z"), d("50"), d("51"), d("49"), d("50"), d("1"), null, d("0"), d("1"),
              "B"),
          new Candle(at("2024-03-04T08:00:00Z"), d("13"), d("13"), d("13"), d("13"), d("1"), null, d("0"), d("1"),
              "A"));
    }

    @Test
    void duplicate_candles_and_non_multiples_are_rejected() {
      Candle c = hourly("2024-03-04T04:00:00Z", "10", "12", "9", "11", "5", "0", "1", "A");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> CandleAggregator.resample(List.of(c, c), Interval.H1, Interval.D1))
          .withMessageContaining("source A").withMessageContaining("2024-03-04T04:00:00Z");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CandleAggregator.resample(List.of(c), Interval.D1, Interval.H4))
          .withMessageContaining("4h").withMessageContaining("1d");
    }
  }
}
