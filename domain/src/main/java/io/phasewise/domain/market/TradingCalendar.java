package io.phasewise.domain.market;

import java.time.Duration;

/**
 * How many bars of an interval make a trading year and a trading day for a kind of asset, the
 * explicit periods-per-year of every annualised statistic (docs/ANALYTICS.md): stock-like assets trade
 * 252 days of one 6.5-hour session, crypto 365 days round the clock, forex 260 days round the clock;
 * weekly bars are 52 a year for all.
 *
 * @param daysPerYear trading days in a year
 * @param session trading hours in one of those days
 */
public record TradingCalendar(int daysPerYear, Duration session) {

  public static final TradingCalendar STOCK = new TradingCalendar(252, Duration.ofMinutes(390));
  public static final TradingCalendar CRYPTO = new TradingCalendar(365, Duration.ofHours(24));
  public static final TradingCalendar FOREX = new TradingCalendar(260, Duration.ofHours(24));

  private static final int WEEKS_PER_YEAR = 52;

  public TradingCalendar {
    if (daysPerYear < 1 || daysPerYear > 366) throw new IllegalArgumentException("daysPerYear must be in 1..366: " + daysPerYear);
    if (session == null || session.isNegative() || session.isZero() || session.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("session must be longer than zero and at most one day: " + session);
    }
  }

  /** The calendar an asset of this type trades on. */
  public static TradingCalendar of(AssetType type) {
    return switch (type) {
      case CRYPTO, STABLECOIN -> CRYPTO;
      case FOREX -> FOREX;
      case STOCK, ETF, INDEX, MACRO -> STOCK;
    };
  }

  /**
   * Whether a file of bars exported from this market ends with a bar still in progress: a market
   * that trades round the clock (crypto, stablecoins, forex) has no close before the export, so its
   * last row is the running period and not a finished bar.
   */
  public boolean exportEndsInProgress() {
    return session.equals(Duration.ofDays(1));
  }

  /** Bars of {@code interval} in a trading year: 52 weekly, {@link #daysPerYear} daily, bars per session × days intraday. */
  public double periodsPerYear(Interval interval) {
    if (interval == Interval.W1) return WEEKS_PER_YEAR;
    return daysPerYear * barsPerDay(interval);
  }

  /** Bars of {@code interval} in one trading day: 1 for daily bars, 52/{@link #daysPerYear} for weekly ones. */
  public double barsPerDay(Interval interval) {
    if (interval == Interval.W1) return (double) WEEKS_PER_YEAR / daysPerYear;
    if (interval == Interval.D1) return 1;
    return (double) session.toMillis() / interval.millis();
  }
}
