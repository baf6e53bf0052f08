package io.phasewise.benchmarks;

import io.phasewise.adapters.providers.synthetic.SyntheticMarket;
import io.phasewise.adapters.providers.synthetic.SyntheticMarketConfig;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.SplitRatio;
import io.phasewise.domain.portfolio.performance.PriceGrid;
import io.phasewise.domain.portfolio.performance.ReportPeriod;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The market of the portfolio benchmarks, in memory: the synthetic market's daily closes of
 * {@code assets} USD stocks ({@code SYN001}...) laid on consecutive weekdays (bar i is the close of the
 * i-th trading day; no holidays) and, when asked for, a few splits, each close in its own day's units
 * (4 decimals). It answers as
 * {@link MarketFacts} (one day at a time, for the lot book) and as a {@link PriceGrid} over the one
 * calendar-day {@link #period()} from the first to the last trading day, whose forward-filled columns are
 * built once here and handed out as they are.
 */
final class TradingDayMarket implements MarketFacts, PriceGrid {
  static final CurrencyCode USD = new CurrencyCode("USD");
  private static final long SEED = 20_260_112L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 3);
  /** Asset index, trading day, new shares, old shares: 2:1, 3:1 and 3:2 forward splits. */
  private static final int[][] SPLITS = {{7, 600, 2, 1}, {23, 1500, 3, 1}, {41, 2300, 3, 2}, {58, 3100, 2, 1}, {77, 3900, 2, 1},
      {94, 4500, 3, 2}};

  private final LocalDate[] days;
  private final long[] epochDays;
  private final Instrument[] instruments;
  private final String[] symbols;
  private final double[][] closes;
  private final List<List<SplitRatio>> splits;
  private final ReportPeriod period;
  private final double[][] calendarCloses;
  private final double[] ones;

  TradingDayMarket(int assets, int tradingDays, boolean withSplits) {
    days = weekdays(tradingDays);
    epochDays = Arrays.stream(days).mapToLong(LocalDate::toEpochDay).toArray();
    instruments = new Instrument[assets];
    symbols = new String[assets];
    closes = new double[assets][];
    splits = new ArrayList<>();
    SyntheticMarket market = new SyntheticMarket(SyntheticMarketConfig.defaults().withSeed(SEED).withAssets(assets).withBars(tradingDays));
    for (int a = 0; a < assets; a++) {
      instruments[a] = new Instrument.Tracked(AssetId.of(a + 1L), USD);
      symbols[a] = market.assetName(a);
      splits.add(withSplits ? splitsOf(a) : List.of());
      closes[a] = inDayUnits(market.series(a), splits.get(a));
    }
    period = new ReportPeriod(days[0], days[tradingDays - 1]);
    calendarCloses = new double[assets][];
    for (int a = 0; a < assets; a++) calendarCloses[a] = calendarColumn(closes[a]);
    ones = new double[period.days() + 1];
    Arrays.fill(ones, 1);
  }

  int assets() {
    return instruments.length;
  }

  int tradingDays() {
    return days.length;
  }

  LocalDate day(int tradingDay) {
    return days[tradingDay];
  }

  Instrument instrument(int asset) {
    return instruments[asset];
  }

  /** The ticker of an instrument of this market. */
  String symbol(Instrument instrument) {
    return symbols[index(instrument)];
  }

  /** The closes of {@code asset} per trading day, in each day's units: the arrays the baseline reads. */
  double[] closes(int asset) {
    return closes[asset];
  }

  /** The close of {@code asset} on {@code tradingDay} as the exact 4-decimal price. */
  BigDecimal close(int asset, int tradingDay) {
    return BigDecimal.valueOf(Math.round(closes[asset][tradingDay] * 10_000), 4);
  }

  /** The first to the last trading day, in calendar days: the one period the grid serves. */
  ReportPeriod period() {
    return period;
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return splits.get(index(instrument));
  }

  @Override
  public Optional<BigDecimal> price(Instrument instrument, LocalDate day) {
    int found = Arrays.binarySearch(epochDays, day.toEpochDay());
    int tradingDay = found >= 0 ? found : -found - 2;
    return tradingDay < 0 ? Optional.empty() : Optional.of(close(index(instrument), tradingDay));
  }

  @Override
  public Optional<BigDecimal> fxRate(CurrencyCode base, CurrencyCode quote, LocalDate day) {
    return base.equals(quote) ? Optional.of(BigDecimal.ONE) : Optional.empty();
  }

  @Override
  public double[] closes(Instrument instrument, LocalDate first, int points) {
    requirePeriod(first, points);
    return calendarCloses[index(instrument)];
  }

  @Override
  public double[] toBase(CurrencyCode currency, CurrencyCode base, LocalDate first, int points) {
    requirePeriod(first, points);
    if (!currency.equals(base)) throw new IllegalArgumentException("the benchmark market quotes " + USD + " only, not " + currency);
    return ones;
  }

  private void requirePeriod(LocalDate first, int points) {
    if (!first.equals(period.opening()) || points != period.days() + 1) {
      throw new IllegalArgumentException("the grid serves " + period + " only, not " + points + " days from " + first);
    }
  }

  private int index(Instrument instrument) {
    return (int) ((Instrument.Tracked) instrument).asset().value() - 1;
  }

  private List<SplitRatio> splitsOf(int asset) {
    return Arrays.stream(SPLITS).filter(s -> s[0] == asset && s[1] < days.length)
        .map(s -> new SplitRatio(days[s[1]], BigInteger.valueOf(s[2]), BigInteger.valueOf(s[3]))).toList();
  }

  /** The synthetic closes divided by every split effective on or before their day, rounded to 4 decimals. */
  private double[] inDayUnits(CandleSeries series, List<SplitRatio> assetSplits) {
    double[] out = new double[days.length];
    double factor = 1;
    int next = 0;
    for (int d = 0; d < days.length; d++) {
      while (next < assetSplits.size() && !assetSplits.get(next).effectiveOn().isAfter(days[d])) {
        SplitRatio s = assetSplits.get(next++);
        factor *= s.newShares().doubleValue() / s.oldShares().doubleValue();
      }
      out[d] = Math.round(series.close(d) / factor * 10_000) / 10_000.0;
    }
    return out;
  }

  /** One value per calendar day of the period from its opening: the last trading day's close on or before it, NaN before any. */
  private double[] calendarColumn(double[] tradingCloses) {
    double[] out = new double[period.days() + 1];
    long opening = period.opening().toEpochDay();
    int d = -1;
    for (int t = 0; t < out.length; t++) {
      while (d + 1 < epochDays.length && epochDays[d + 1] <= opening + t) d++;
      out[t] = d < 0 ? Double.NaN : tradingCloses[d];
    }
    return out;
  }

  private static LocalDate[] weekdays(int count) {
    LocalDate[] out = new LocalDate[count];
    LocalDate day = FIRST_DAY;
    for (int i = 0; i < count; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) out[i++] = day;
    }
    return out;
  }
}
