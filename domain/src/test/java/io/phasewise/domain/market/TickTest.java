package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TickTest {

  private static final Instant T = Instant.parse("2024-03-01T14:30:00.123456789Z");

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_trade_is_a_trade_and_a_quote_is_not() {
    Tick trade = Tick.trade(T, d("100.5"), d("3"), "feed");
    Tick quote = new Tick(T, null, null, d("100.4"), d("100.6"), d("10"), d("12"), "feed");

    assertThat(trade.isTrade()).isTrue();
    assertThat(quote.isTrade()).isFalse();
  }

  @Test
  void a_tick_with_neither_trade_nor_quote_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, null, null, null, d("1"), d("1"), "feed"))
        .withMessageContaining("trade price or a quote");
  }

  @Test
  void a_price_without_size_or_a_size_without_price_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, d("1"), null, null, null, null, null, "feed"))
        .withMessageContaining("price and size");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, d("1"), d("1"), null, null, null, "feed"))
        .withMessageContaining("price and size");
  }

  @Test
  void non_positive_prices_are_rejected_naming_the_field() {
    assertThatIllegalArgumentException().isThrownBy(() -> Tick.trade(T, d("0"), d("1"), "feed"))
        .withMessageContaining("price");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, null, d("-1"), d("2"), null, null, "feed"))
        .withMessageContaining("bid");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, null, d("1"), d("0"), null, null, "feed"))
        .withMessageContaining("ask");
  }

  @Test
  void negative_sizes_are_rejected_naming_the_field() {
    assertThatIllegalArgumentException().isThrownBy(() -> Tick.trade(T, d("1"), d("-1"), "feed"))
        .withMessageContaining("size");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, null, d("1"), d("2"), d("-5"), null, "feed"))
        .withMessageContaining("bid size");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, null, d("1"), d("2"), null, d("-5"), "feed"))
        .withMessageContaining("ask size");
  }

  @Test
  void a_crossed_quote_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tick(T, null, null, d("2"), d("1"), null, null, "feed"))
        .withMessageContaining("bid 2 above ask 1");
  }

  @Test
  void a_blank_or_missing_source_or_time_is_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Tick.trade(T, d("1"), d("1"), ""))
        .withMessageContaining("source");
    assertThatNullPointerException()
        .isThrownBy(() -> Tick.trade(null, d("1"), d("1"), "feed")).withMessage("time");
  }
}
