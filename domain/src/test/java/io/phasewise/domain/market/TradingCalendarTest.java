package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {

  @Test
  void periods_per_year_follow_the_analytics_conventions() {
    assertThat(TradingCalendar.of(AssetType.STOCK).periodsPerYear(Interval.D1)).isEqualTo(252);
    assertThat(TradingCalendar.of(AssetType.CRYPTO).periodsPerYear(Interval.D1)).isEqualTo(365);
    assertThat(TradingCalendar.of(AssetType.STABLECOIN)).isEqualTo(TradingCalendar.CRYPTO);
    assertThat(TradingCalendar.of(AssetType.FOREX).periodsPerYear(Interval.D1)).isEqualTo(260);
    assertThat(TradingCalendar.of(AssetType.ETF).periodsPerYear(Interval.W1)).isEqualTo(52);
    assertThat(TradingCalendar.STOCK.periodsPerYear(Interval.M5)).isEqualTo(78 * 252);
    assertThat(TradingCalendar.CRYPTO.periodsPerYear(Interval.H1)).isEqualTo(24 * 365);
  }

  @Test
  void bars_per_day_scale_a_bar_statistic_to_one_trading_day() {
    assertThat(TradingCalendar.STOCK.barsPerDay(Interval.D1)).isEqualTo(1);
    assertThat(TradingCalendar.STOCK.barsPerDay(Interval.M30)).isEqualTo(13);
    assertThat(TradingCalendar.CRYPTO.barsPerDay(Interval.W1)).isCloseTo(52.0 / 365, within(1e-15));
  }

  @Test
  void an_export_of_a_round_the_clock_market_ends_in_progress() {
    assertThat(TradingCalendar.of(AssetType.CRYPTO).exportEndsInProgress()).isTrue();
    assertThat(TradingCalendar.of(AssetType.STABLECOIN).exportEndsInProgress()).isTrue();
    assertThat(TradingCalendar.of(AssetType.FOREX).exportEndsInProgress()).isTrue();
  }

  @Test
  void an_export_of_a_market_with_a_close_ends_with_a_finished_bar() {
    for (AssetType type : new AssetType[] {AssetType.STOCK, AssetType.ETF, AssetType.INDEX, AssetType.MACRO}) {
      assertThat(TradingCalendar.of(type).exportEndsInProgress()).as(type.code()).isFalse();
    }
  }

  @Test
  void a_calendar_needs_a_real_year_and_session() {
    assertThatThrownBy(() -> new TradingCalendar(0, Duration.ofHours(8))).hasMessageContaining("daysPerYear");
    assertThatThrownBy(() -> new TradingCalendar(252, Duration.ofHours(25))).hasMessageContaining("session");
    assertThatThrownBy(() -> new TradingCalendar(252, Duration.ZERO)).hasMessageContaining("session");
  }
}
