package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.LedgerEvents.GLOBEX;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random ledgers (buys, partial sells, forward and reverse splits, dividends, reinvested
 * dividends, fees, shorts where allowed, every booking method), checked against a model that knows no
 * lots: the invariant realized + unrealized = proceeds + income + market value − purchases holds to
 * the cent for every position, quantities match and never go negative without a short, valuing at D
 * equals valuing the ledger cut at D, and an oversell is always refused naming the event.
 */
class LedgerPropertyTest {
  private static final LocalDate START = LocalDate.parse("2024-01-01");
  private static final Instrument[] INSTRUMENTS = {ACME, GLOBEX};
  private static final long[][] SPLITS = {{2, 1}, {3, 1}, {3, 2}, {1, 2}, {1, 3}, {2, 3}, {1, 10}};

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_random_ledger_keeps_every_invariant(int seed) {
    Random random = new Random(seed);
    BookingMethod method = BookingMethod.values()[seed % BookingMethod.values().length];
    boolean shorts = seed % 2 == 1;
    int days = 60 + random.nextInt(120);
    FixedMarketFacts facts = FixedMarketFacts.none();
    Map<Instrument, Model> models = new HashMap<>();
    for (Instrument instrument : INSTRUMENTS) {
      for (int d = 0; d <= days; d++) facts.price(instrument, START.plusDays(d).toString(), cents(random, 2_000, 20_000));
      Model model = new Model(instrument, facts);
      for (int s = random.nextInt(3), d = 0; s > 0; s--) {
        d += 1 + random.nextInt(days / 2);
        long[] ratio = SPLITS[random.nextInt(SPLITS.length)];
        if (d <= days) {
          facts.split(instrument, START.plusDays(d).toString(), ratio[0], ratio[1]);
          model.splits.add(new SplitRatio(START.plusDays(d), java.math.BigInteger.valueOf(ratio[0]), java.math.BigInteger.valueOf(ratio[1])));
        }
      }
      models.put(instrument, model);
    }
    Portfolio portfolio = aPortfolio().booking(method).allowingShorts(shorts).build();
    LocalDate day = START;
    int count = 20 + random.nextInt(40);
    for (int i = 0; i < count; i++) {
      day = day.plusDays(random.nextInt(3));
      if (day.isAfter(START.plusDays(days))) break;
      Model model = models.get(INSTRUMENTS[random.nextInt(INSTRUMENTS.length)]);
      model.advance(day);
      LedgerEvent e = model.next(random, day, shorts, portfolio, method);
      if (e == null) continue;
      Either<PortfolioRejection, Portfolio> recorded = portfolio.record(e, facts, PortfolioBuilder.AT);
      assertThat(recorded.isRight()).as("seed %d: %s refused: %s", seed, e.type(), recorded.swap().getOrNull()).isTrue();
      portfolio = recorded.get();
      model.book(e);
      LedgerEvent oversell = model.oversell(random, day);
      if (oversell != null) {
        assertThat(portfolio.record(oversell, facts, PortfolioBuilder.AT).getLeft()).as("seed %d", seed)
            .isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> assertThat(o.event()).isEqualTo(oversell.id()));
      }
    }
    for (Model m : models.values()) m.advance(day);

    Valuation v = PortfolioValuation.asOf(portfolio, day, facts);
    assertThat(v.warnings()).as("seed %d", seed).isEmpty();
    LedgerState state = new LedgerState(portfolio, facts);
    portfolio.ledger().forEach(state::apply);
    state.advanceTo(day);
    for (Model m : models.values()) {
      m.check(v, day, seed);
      m.checkExact(state, day, seed);
    }
    Valuation.Summary s = v.summary();
    assertThat(s.realized().gain().gross().subtract(s.realized().gain().fees())).isEqualByComparingTo(s.realized().gain().net());
    assertThat(s.unrealized().gross().subtract(s.unrealized().fees())).isEqualByComparingTo(s.unrealized().net());

    LocalDate cut = START.plusDays(random.nextInt(days + 1));
    Portfolio truncated = aPortfolio().withId(portfolio.id()).ownedBy(portfolio.owner()).booking(method).allowingShorts(shorts)
        .withLedger(portfolio.ledger().stream().filter(e -> !e.date().isAfter(cut)).toList()).build();
    assertThat(PortfolioValuation.asOf(portfolio, cut, facts)).as("seed %d, cut %s", seed, cut)
        .isEqualTo(PortfolioValuation.asOf(truncated, cut, facts));
  }

  private static String cents(Random random, int from, int to) {
    return BigDecimal.valueOf(from + random.nextInt(to - from), 2).toPlainString();
  }

  /** What one instrument should come to, without lots: quantities, money in and out, income. */
  private static final class Model {
    final Instrument instrument;
    final LedgerEvents events;
    final FixedMarketFacts facts;
    final List<SplitRatio> splits = new ArrayList<>();
    int applied;
    Ratio longs = Ratio.ZERO;
    Ratio shorts = Ratio.ZERO;
    Ratio purchases = Ratio.ZERO;
    Ratio proceeds = Ratio.ZERO;
    Ratio income = Ratio.ZERO;

    Model(Instrument instrument, FixedMarketFacts facts) {
      this.instrument = instrument;
      this.events = LedgerEvents.of(instrument);
      this.facts = facts;
    }

    void advance(LocalDate day) {
      while (applied < splits.size() && !splits.get(applied).effectiveOn().isAfter(day)) {
        SplitRatio s = splits.get(applied++);
        Ratio factor = Ratio.of(s.newShares(), s.oldShares());
        longs = longs.times(factor);
        shorts = shorts.times(factor);
        if (s.newShares().compareTo(s.oldShares()) < 0) {
          Ratio price = Ratio.of(price(s.effectiveOn()));
          proceeds = proceeds.plus(longs.minus(longs.floor()).times(price));
          purchases = purchases.plus(shorts.minus(shorts.floor()).times(price));
          longs = longs.floor();
          shorts = shorts.floor();
        }
      }
    }

    BigDecimal price(LocalDate day) {
      return facts.price(instrument, day).orElseThrow();
    }

    LedgerEvent next(Random random, LocalDate day, boolean allowShorts, Portfolio portfolio, BookingMethod method) {
      String date = day.toString();
      String price = price(day).toPlainString();
      String fee = BigDecimal.valueOf(random.nextInt(500), 2).toPlainString();
      int roll = random.nextInt(100);
      if (shorts.signum() > 0) {
        if (roll < 50) {
          return whole(shorts) == 0 || random.nextInt(5) == 0
              ? LedgerEvents.withQuantity(events.cover(date, 1, price, fee), shorts.toDecimal(Amounts.QUANTITY_SCALE))
              : events.cover(date, 1 + random.nextInt(whole(shorts)), price, fee);
        }
        return roll < 70 ? events.dividend(date, cents(random, 100, 5_000)) : events.cash(LedgerEventType.FEE, date, fee);
      }
      if (roll < 40 || (longs.signum() == 0 && roll < 75)) {
        return random.nextInt(4) == 0
            ? events.buy(date, BigDecimal.valueOf(1 + random.nextInt(400), 1).toPlainString(), price, fee)
            : events.buy(date, 1 + random.nextInt(50), price, fee);
      }
      if (longs.signum() == 0) return allowShorts ? events.sellShort(date, 1 + random.nextInt(30), price, fee) : null;
      if (roll < 70) return sale(random, date, price, fee, portfolio, method);
      if (roll < 80) return events.reinvest(date, BigDecimal.valueOf(1 + random.nextInt(200), 2).toPlainString(), cents(random, 100, 5_000));
      return roll < 90 ? events.dividend(date, cents(random, 100, 5_000)) : events.cash(LedgerEventType.FEE, date, fee);
    }

    private LedgerEvent sale(Random random, String date, String price, String fee, Portfolio portfolio, BookingMethod method) {
      BigDecimal quantity = random.nextInt(5) == 0 || whole(longs) == 0
          ? longs.toDecimal(Amounts.QUANTITY_SCALE)
          : BigDecimal.valueOf(1 + random.nextInt(whole(longs)));
      LedgerEvent sale = events.sell(date, quantity.stripTrailingZeros().toPlainString(), price, fee);
      if (method != BookingMethod.SPECIFIC_ID || random.nextBoolean()) return sale;
      return LedgerEvents.withPicks(sale, picks(portfolio, LocalDate.parse(date), quantity));
    }

    /** Picks over the open lots, newest first, as a user naming lots might. */
    private List<LotPick> picks(Portfolio portfolio, LocalDate day, BigDecimal quantity) {
      Valuation.Holding holding = PortfolioValuation.asOf(portfolio, day, facts).holdings().stream()
          .filter(h -> h.instrument().equals(instrument)).findFirst().orElseThrow();
      List<LotPick> picks = new ArrayList<>();
      BigDecimal left = quantity;
      for (int i = holding.lots().size() - 1; i >= 0 && left.signum() > 0; i--) {
        Valuation.OpenLot lot = holding.lots().get(i);
        BigDecimal take = left.min(lot.quantity());
        picks.add(new LotPick(lot.openedBy(), take));
        left = left.subtract(take);
      }
      return picks;
    }

    LedgerEvent oversell(Random random, LocalDate day) {
      if (random.nextInt(4) != 0 || shorts.signum() > 0) return null;
      return events.sell(day.toString(), longs.floor().toDecimal(0).longValueExact() + 1 + random.nextInt(5), price(day).toPlainString(), "0");
    }

    void book(LedgerEvent e) {
      Ratio q = Ratio.of(e.quantity());
      Ratio gross = Ratio.of(e.gross());
      Ratio fee = Ratio.of(e.fee());
      switch (e.type()) {
        case BUY -> {
          longs = longs.plus(q);
          purchases = purchases.plus(gross).plus(fee);
        }
        case SELL -> {
          longs = longs.minus(q);
          proceeds = proceeds.plus(gross).minus(fee);
        }
        case SELL_SHORT -> {
          shorts = shorts.plus(q);
          proceeds = proceeds.plus(gross).minus(fee);
        }
        case BUY_TO_COVER -> {
          shorts = shorts.minus(q);
          purchases = purchases.plus(gross).plus(fee);
        }
        case DIVIDEND -> income = income.plus(gross);
        case DIVIDEND_REINVEST -> {
          longs = longs.plus(q);
          income = income.plus(gross);
          purchases = purchases.plus(gross);
        }
        default -> { }
      }
    }

    void check(Valuation v, LocalDate day, int seed) {
      assertThat(longs.signum()).as("seed %d: long quantity", seed).isGreaterThanOrEqualTo(0);
      assertThat(shorts.signum()).as("seed %d: short quantity", seed).isGreaterThanOrEqualTo(0);
      Ratio held = longs.minus(shorts);
      Ratio marketValue = held.times(Ratio.of(price(day)));
      BigDecimal expected = Amounts.money(proceeds.plus(income).plus(marketValue).minus(purchases));
      BigDecimal actual;
      Valuation.Holding holding = v.holdings().stream().filter(h -> h.instrument().equals(instrument)).findFirst().orElse(null);
      if (holding != null) {
        assertThat(holding.quantity()).as("seed %d: quantity", seed).isEqualByComparingTo(Amounts.quantity(held.abs()));
        assertThat(holding.side()).isEqualTo(shorts.signum() > 0 ? PositionSide.SHORT : PositionSide.LONG);
        actual = holding.realized().gain().net().add(holding.unrealized().net()).add(holding.income());
      } else {
        assertThat(held.signum()).as("seed %d: nothing held", seed).isZero();
        actual = v.closed().stream().filter(c -> c.instrument().equals(instrument)).findFirst()
            .map(c -> c.realized().gain().net().add(c.income())).orElse(BigDecimal.ZERO);
      }
      // realized + unrealized (+ income, which the model counts on the right) agree to the cent
      assertThat(actual.subtract(expected).abs()).as("seed %d: %s realized + unrealized + income %s, expected %s", seed, instrument, actual, expected)
          .isLessThanOrEqualTo(new BigDecimal("0.02"));
    }

    /** The same invariant on the lot book's exact values: equal, not just to the cent. */
    void checkExact(LedgerState state, LocalDate day, int seed) {
      Position p = state.positions().stream().filter(x -> x.instrument.equals(instrument)).findFirst().orElse(null);
      Ratio expected = proceeds.plus(income).plus(longs.minus(shorts).times(Ratio.of(price(day)))).minus(purchases);
      if (p == null) {
        assertThat(expected.signum()).as("seed %d", seed).isZero();
        return;
      }
      Ratio marketValue = p.longs.quantity().minus(p.shorts.quantity()).times(Ratio.of(price(day)));
      Ratio unrealized = marketValue.minus(p.longs.cost()).plus(p.shorts.cost());
      assertThat(p.realized.net().plus(unrealized).plus(p.income)).as("seed %d: %s exact", seed, instrument).isEqualTo(expected);
    }

    private static int whole(Ratio r) {
      return r.floor().toDecimal(0).intValueExact();
    }
  }
}
