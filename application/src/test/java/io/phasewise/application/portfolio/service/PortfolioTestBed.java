package io.phasewise.application.portfolio.service;

import static io.phasewise.application.testing.MarketFixtures.feed;
import static io.phasewise.application.testing.MarketFixtures.good;

import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.port.in.EventDetails;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.application.portfolio.port.in.RecordEventCommand;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.application.testing.InMemoryPortfolio;
import io.phasewise.application.testing.InMemorySentiment;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portfolio use cases wired on in-memory fakes with a fixed clock and sequential ids, an owner and
 * a stranger, and small factories for assets, portfolios and events.
 */
final class PortfolioTestBed {
  static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");
  static final CurrencyCode USD = CurrencyCode.of("USD");
  static final CurrencyCode EUR = CurrencyCode.of("EUR");
  static final OptionalLong ANY = OptionalLong.empty();

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarket market = new InMemoryMarket(clock);
  final InMemorySentiment sentiment = new InMemorySentiment(market, SentimentWeights.defaults(), (in, origin, format) -> {
    throw new IllegalArgumentException("no sentiment files in portfolio tests");
  });
  private final AtomicLong lastId = new AtomicLong();
  final Infrastructure infra = new Infrastructure(clock, () -> new UUID(0, lastId.incrementAndGet()), System::nanoTime, 2);
  final InMemoryPortfolio portfolios = new InMemoryPortfolio(market, sentiment.useCases, infra);
  final PortfolioUseCases useCases = portfolios.useCases;
  final UserId owner = new UserId(new UUID(1, 1));
  final UserId stranger = new UserId(new UUID(1, 2));

  /** A registered asset quoted in {@code currency}. */
  AssetId asset(String symbol, AssetType type, String currency) {
    AssetProfile p = AssetProfile.of(symbol, symbol + " name", type);
    AssetProfile quoted = new AssetProfile(p.symbol(), p.name(), p.type(), null, currency, null, Map.of(), Map.of(), Map.of(), null, null,
        true, true, null);
    return market.useCases.registerAsset().register(new RegisterAssetCommand(quoted)).get().id();
  }

  /** A EURUSD=X forex asset quoting {@code usdPerEur} from {@code date} on, so USD trades can be booked in an EUR portfolio. */
  void euroRate(String date, String usdPerEur) {
    AssetId pair = asset("EURUSD=X", AssetType.FOREX, "USD");
    dailyCandles(pair, List.of(MarketFixtures.candle(java.time.LocalDate.parse(date).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
        usdPerEur, "test")));
  }

  void dailyCandles(AssetId asset, List<Candle> bars) {
    market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, feed(good(bars)))).get();
  }

  /** A FIFO portfolio of the owner in {@code base}, without shorts. */
  Portfolio open(String name, CurrencyCode base) {
    return useCases.open().open(new OpenPortfolioCommand(owner, name, base, BookingMethod.FIFO, false)).get();
  }

  Portfolio record(PortfolioId portfolio, EventDetails event) {
    return useCases.recordEvent().record(new RecordEventCommand(owner, portfolio, event, ANY)).get().portfolio();
  }

  static EventDetails trade(LedgerEventType type, InstrumentRef instrument, String date, String quantity, String price, String fee,
      String sourceId) {
    return new EventDetails(type, LocalDate.parse(date), null, 0, instrument, d(quantity), d(price), null, null, d(fee), null, null,
        sourceId, null, null);
  }

  static EventDetails buy(AssetId asset, String date, String quantity, String price, String fee) {
    return trade(LedgerEventType.BUY, InstrumentRef.tracked(asset), date, quantity, price, fee, null);
  }

  static EventDetails deposit(String date, String amount) {
    return new EventDetails(LedgerEventType.DEPOSIT, LocalDate.parse(date), null, 0, null, null, null, null, d(amount), null, null, null,
        null, null, null);
  }

  static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
