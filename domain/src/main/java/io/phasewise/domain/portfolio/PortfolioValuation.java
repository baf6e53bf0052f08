package io.phasewise.domain.portfolio;

import io.phasewise.domain.portfolio.Valuation.WarningKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Values a portfolio as of a day: replays its ledger up to that day and prices what it holds (see {@link Valuation}). */
public final class PortfolioValuation {
  private final Portfolio portfolio;
  private final LocalDate day;
  private final LedgerState state;
  private final MarketFacts facts;
  private final List<Valuation.Warning> warnings = new ArrayList<>();

  private PortfolioValuation(Portfolio portfolio, LocalDate day, MarketFacts facts) {
    this.portfolio = portfolio;
    this.day = day;
    this.state = new LedgerState(portfolio, facts);
    this.facts = state.facts();
  }

  /**
   * {@code portfolio} as of the end of {@code day}, its tracked instruments priced from
   * {@code facts} and its external ones from its own recorded prices. An event the ledger can no
   * longer take (the market facts changed since it was recorded, say a corrected split) is left out
   * with an {@link WarningKind#EVENT_SKIPPED} warning naming it.
   */
  public static Valuation asOf(Portfolio portfolio, LocalDate day, MarketFacts facts) {
    return new PortfolioValuation(portfolio, day, facts).value();
  }

  private Valuation value() {
    for (LedgerEvent e : portfolio.ledger()) {
      if (e.date().isAfter(day)) break;
      state.apply(e).ifPresent(r -> warnings.add(new Valuation.Warning(WarningKind.EVENT_SKIPPED, e.id().toString(), e.date(),
          "the event cannot be derived and is left out: " + r)));
    }
    state.advanceTo(day);
    warnings.addAll(0, state.warnings());

    Map<Position, Ratio> values = new HashMap<>();
    Ratio net = Ratio.ZERO;
    Ratio gross = Ratio.ZERO;
    for (Position p : state.positions()) {
      if (p.isFlat()) continue;
      Optional<Ratio> mv = marketValue(p, p.openSide().quantity(), day, true);
      if (mv.isEmpty()) continue;
      values.put(p, mv.get());
      net = net.plus(mv.get());
      gross = gross.plus(mv.get().abs());
    }

    List<Valuation.Holding> holdings = new ArrayList<>();
    List<Valuation.ClosedPosition> closed = new ArrayList<>();
    Totals totals = new Totals();
    for (Position p : state.positions()) {
      totals.add(p);
      if (!p.isFlat()) {
        holdings.add(holding(p, values.get(p), net, gross, totals));
      } else if (p.purchases.signum() != 0 || p.proceeds.signum() != 0 || p.income.signum() != 0) {
        closed.add(new Valuation.ClosedPosition(p.instrument, realized(p.realized),
            Amounts.money(p.income), Amounts.money(p.feesPaid), fineOrNull(p.averageEntryPrice()), fineOrNull(p.averageExitPrice()),
            Amounts.money(p.purchases), Amounts.money(p.proceeds)));
      }
    }
    List<Valuation.CashBalance> cash = new ArrayList<>();
    Ratio cashInBase = Ratio.ZERO;
    for (Map.Entry<CurrencyCode, Ratio> c : state.cash().entrySet()) {
      Optional<Ratio> inBase = rate(c.getKey(), day, true).map(c.getValue()::dividedBy);
      cashInBase = inBase.map(cashInBase::plus).orElse(cashInBase);
      cash.add(new Valuation.CashBalance(c.getKey(), Amounts.fine(c.getValue()), inBase.map(Amounts::money).orElse(null)));
    }
    Ratio totalValue = cashInBase.plus(net);
    Valuation.Summary summary = new Valuation.Summary(Amounts.money(totalValue), Amounts.money(totalValue.minus(state.invested())),
        Amounts.money(totals.dayGain), Amounts.money(cashInBase), Amounts.money(state.invested()), holdings.size(),
        realized(totals.realized), gain(totals.unrealizedNet, totals.openFees),
        Amounts.money(totals.income));
    return new Valuation(portfolio.id(), day, portfolio.baseCurrency(), holdings, closed, cash, summary, warnings);
  }

  private Valuation.Holding holding(Position p, Ratio value, Ratio net, Ratio gross, Totals totals) {
    LotSide side = p.openSide();
    boolean isShort = side == p.shorts;
    Ratio signedBasis = isShort ? side.cost().negate() : side.cost();
    ExactGain unrealized = null;
    Ratio dayChange = null;
    if (value != null) {
      Ratio unrealizedNet = value.minus(signedBasis);
      totals.unrealizedNet = totals.unrealizedNet.plus(unrealizedNet);
      totals.openFees = totals.openFees.plus(side.fees());
      unrealized = new ExactGain(unrealizedNet, side.fees());
      dayChange = previousValue(p, side.quantity()).map(value::minus).orElse(null);
      if (dayChange != null) totals.dayGain = totals.dayGain.plus(dayChange);
    }
    List<Valuation.OpenLot> lots = new ArrayList<>();
    for (Lot lot : side.openLots()) {
      lots.add(new Valuation.OpenLot(lot.acquiredOn, lot.openedBy, Amounts.quantity(lot.quantity()), Amounts.fine(lot.unitCost()),
          Amounts.money(lot.cost())));
    }
    return new Valuation.Holding(
        p.instrument,
        isShort ? PositionSide.SHORT : PositionSide.LONG,
        Amounts.quantity(side.quantity()),
        lots,
        Amounts.money(side.cost()),
        facts.price(p.instrument, day).orElse(null),
        value == null ? null : Amounts.money(value),
        unrealized == null ? null : gain(unrealized.net, unrealized.fees),
        realized(p.realized),
        Amounts.money(p.income),
        Amounts.money(p.feesPaid),
        fineOrNull(p.averageEntryPrice()),
        fineOrNull(p.averageExitPrice()),
        p.status(),
        value == null || net.signum() == 0 ? null : Amounts.fine(value.dividedBy(net)),
        value == null || gross.signum() == 0 ? null : Amounts.fine(value.abs().dividedBy(gross)),
        dayChange == null ? null : Amounts.money(dayChange),
        Amounts.money(p.purchases),
        Amounts.money(p.proceeds),
        portfolio.plans().stream().filter(plan -> plan.instrument().equals(p.instrument)).findFirst().orElse(null));
  }

  /** Signed quantity × price at the day's rate, warning (once, when {@code warn}) about a missing price or rate. */
  private Optional<Ratio> marketValue(Position p, Ratio quantity, LocalDate on, boolean warn) {
    Optional<BigDecimal> price = facts.price(p.instrument, on);
    if (price.isEmpty()) {
      if (warn) {
        warnings.add(new Valuation.Warning(WarningKind.MISSING_PRICE, Valuation.subject(p.instrument), on,
            "no price on or before " + on + ": the holding has no market value"));
      }
      return Optional.empty();
    }
    Ratio signed = p.openSide() == p.shorts ? quantity.negate() : quantity;
    return rate(p.instrument.currency(), on, warn).map(r -> signed.times(Ratio.of(price.get())).dividedBy(r));
  }

  /** The holding's value at the previous day's price and rate, that price restated in the units after a split effective today. */
  private Optional<Ratio> previousValue(Position p, Ratio quantity) {
    LocalDate before = day.minusDays(1);
    Ratio unitsBefore = quantity;
    for (SplitRatio s : facts.splits(p.instrument)) {
      if (s.effectiveOn().equals(day)) unitsBefore = unitsBefore.times(Ratio.of(s.oldShares(), s.newShares()));
    }
    return marketValue(p, unitsBefore, before, false);
  }

  private Optional<Ratio> rate(CurrencyCode currency, LocalDate on, boolean warn) {
    Optional<BigDecimal> rate = facts.fxRate(portfolio.baseCurrency(), currency, on);
    if (rate.isEmpty() && warn) {
      warnings.add(new Valuation.Warning(WarningKind.MISSING_FX_RATE, portfolio.baseCurrency() + "/" + currency, on,
          "no " + portfolio.baseCurrency() + "/" + currency + " rate on or before " + on));
    }
    return rate.map(Ratio::of);
  }

  private static Valuation.Realized realized(Realization r) {
    BigDecimal netMoney = Amounts.money(r.net());
    BigDecimal priceMoney = Amounts.money(r.pricePart());
    return new Valuation.Realized(gain(r.net(), r.fees()), priceMoney, netMoney.subtract(priceMoney));
  }

  /** Net and fees rounded once; gross is their sum, so gross − fees = net holds on the figures shown. */
  private static Valuation.Gain gain(Ratio net, Ratio fees) {
    BigDecimal netMoney = Amounts.money(net);
    BigDecimal feeMoney = Amounts.money(fees);
    return new Valuation.Gain(netMoney, netMoney.add(feeMoney), feeMoney);
  }

  private static BigDecimal fineOrNull(Ratio r) {
    return r == null ? null : Amounts.fine(r);
  }

  /** An exact unrealized gain before rounding. */
  private record ExactGain(Ratio net, Ratio fees) {}

  /** The exact sums behind the summary. */
  private static final class Totals {
    Realization realized = Realization.NONE;
    Ratio unrealizedNet = Ratio.ZERO;
    Ratio openFees = Ratio.ZERO;
    Ratio income = Ratio.ZERO;
    Ratio dayGain = Ratio.ZERO;

    void add(Position p) {
      realized = realized.plus(p.realized);
      income = income.plus(p.income);
    }
  }
}
