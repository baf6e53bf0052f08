package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandleTest {

  private static final Instant T = Instant.parse("2024-03-01T00:00:00Z");

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Candle candle(String open, String high, String low, String close, String volume) {
    return Candle.of(T, d(open), d(high), d(low), d(close), d(volume), "test");
  }

  @Test
  void a_valid_bar_defaults_to_no_corporate_action() {
    Candle c = candle("10", "12", "9", "11", "100");

    assertThat(c.dividendCash()).isZero();
    assertThat(c.splitFactor()).isEqualByComparingTo("1");
    assertThat(c.hasCorporateAction()).isFalse();
  }

  @Test
  void a_dividend_or_split_counts_as_a_corporate_action() {
    Candle dividend = new Candle(T, d("10"), d("10"), d("10"), d("10"), d("1"), null, d("0.5"), null, "test");
    Candle split = new Candle(T, d("10"), d("10"), d("10"), d("10"), d("1"), null, null, d("2"), "test");

    assertThat(dividend.hasCorporateAction()).isTrue();
    assertThat(split.hasCorporateAction()).isTrue();
  }

  @Test
  void low_above_high_is_rejected_naming_both() {
    assertThatIllegalArgumentException().isThrownBy(() -> candle("10", "9", "11", "10", "1"))
        .withMessageContaining("low 11").withMessageContaining("high 9");
  }

  @Test
  void open_outside_the_range_is_rejected_naming_open() {
    assertThatIllegalArgumentException().isThrownBy(() -> candle("13", "12", "9", "11", "1"))
        .withMessageContaining("open 13");
  }

  @Test
  void close_outside_the_range_is_rejected_naming_close() {
    assertThatIllegalArgumentException().isThrownBy(() -> candle("10", "12", "9", "8", "1"))
        .withMessageContaining("close 8");
  }

  @Test
  void negative_volume_is_rejected_naming_volume() {
    assertThatIllegalArgumentException().isThrownBy(() -> candle("10", "12", "9", "11", "-1"))
        .withMessageContaining("volume").withMessageContaining("-1");
  }

  @Test
  void zero_split_factor_is_rejected_naming_the_split_factor() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candle(T, d("10"), d("10"), d("10"), d("10"), d("1"), null, null, d("0"), "test"))
        .withMessageContaining("split factor");
  }

  @Test
  void negative_dividend_is_rejected_naming_the_dividend() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candle(T, d("10"), d("10"), d("10"), d("10"), d("1"), null, d("-0.1"), null, "test"))
        .withMessageContaining("dividend");
  }

  @Test
  void blank_source_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Candle.of(T, d("1"), d("1"), d("1"), d("1"), d("1"), " "))
        .withMessageContaining("source");
  }

  @Test
  void adjusted_bar_checks_its_own_invariants_with_a_prefixed_field_name() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candle.Adjusted(d("5"), d("4"), d("3"), d("3.5"), null))
        .withMessageContaining("adjusted open 5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candle.Adjusted(d("3"), d("4"), d("3"), d("3.5"), d("-2")))
        .withMessageContaining("adjusted volume");
  }
}
