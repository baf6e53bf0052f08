package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEventType.BUY_TO_COVER;
import static io.phasewise.domain.portfolio.LedgerEventType.SELL_SHORT;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A ledger replayed event by event in {@link LedgerEvent#LEDGER_ORDER}: positions with their lots,
 * cash per currency and the net external inflows. Splits are applied when the replay reaches their
 * effective date (an event dated on that day is already in post-split units); the events themselves
 * are never changed. {@link #apply} either takes an event whole or refuses it and leaves the state
 * as it was, so a replay can skip refused events and go on.
 */
final class LedgerState {
  private final Portfolio portfolio;
  private final MarketFacts facts;
  private final Map<Instrument, Position> positions = new LinkedHashMap<>();
  private final Map<CurrencyCode, Ratio> cash = new TreeMap<>(Comparator.comparing(CurrencyCode::code));
  private final List<Valuation.Warning> warnings = new ArrayList<>();
  private Ratio invested = Ratio.ZERO;
  private long lotSeq;
  private List<Lot> lastTaken = List.of();

  LedgerState(Portfolio portfolio, MarketFacts facts) {
    this.portfolio = portfolio;
    this.facts = new PricedFacts(facts, portfolio.recordedPrices());
  }

  MarketFacts facts() {
    return facts;
  }

  Collection<Position> positions() {
    return positions.values();
  }

  Map<CurrencyCode, Ratio> cash() {
    return cash;
  }

  Ratio invested() {
    return invested;
  }

  List<Valuation.Warning> warnings() {
    return warnings;
  }

  /** The lots the last transfer or delivery out took, with their dates and costs. */
  List<Lot> lastTaken() {
    return lastTaken;
  }

  /** Applies every split effective on or before {@code day}. */
  void advanceTo(LocalDate day) {
    for (Position p : positions.values()) advance(p, day);
  }

  /** Takes {@code e}, or refuses it (naming it) and leaves the state unchanged. */
  Optional<PortfolioRejection> apply(LedgerEvent e) {
    Either<PortfolioRejection, Rates> rates = rates(e);
    if (rates.isLeft()) return Optional.of(rates.getLeft());
    Rates r = rates.get();
    if (!e.type().hasInstrument()) {
      cashEvent(e, r);
      return Optional.empty();
    }
    Position p = positions.computeIfAbsent(e.instrument(), i -> new Position(i, portfolio.method(), facts.splits(i)));
    advance(p, e.date());
    return switch (e.type()) {
      case BUY, SELL_SHORT, DIVIDEND_REINVEST, DELIVERY_IN, TRANSFER_IN -> acquire(p, e, r);
      case SELL, BUY_TO_COVER, TRANSFER_OUT, DELIVERY_OUT -> reduce(p, e, r);
      case DIVIDEND -> {
        Ratio net = net(e);
        p.income = p.income.plus(r.base(net));
        addCash(e.currency(), net);
        yield Optional.empty();
      }
      default -> throw new IllegalStateException("not an instrument event: " + e.type());
    };
  }

  private void cashEvent(LedgerEvent e, Rates r) {
    Ratio gross = Ratio.of(e.gross());
    Ratio charges = Ratio.of(e.fee().add(e.tax()));
    switch (e.type()) {
      case DEPOSIT -> {
        invested = invested.plus(r.base(gross));
        addCash(e.currency(), gross.minus(charges));
      }
      case WITHDRAWAL -> {
        invested = invested.minus(r.base(gross));
        addCash(e.currency(), gross.plus(charges).negate());
      }
      case INTEREST -> addCash(e.currency(), gross.minus(charges));
      case FEE, TAX -> addCash(e.currency(), gross.plus(charges).negate());
      default -> throw new IllegalStateException("not a cash event: " + e.type());
    }
  }

  private Optional<PortfolioRejection> acquire(Position p, LedgerEvent e, Rates r) {
    Ratio quantity = Ratio.of(e.quantity());
    if (quantity.signum() <= 0) return Optional.of(new PortfolioRejection.InvalidEvent(e.id(), e.type() + " needs a positive quantity"));
    boolean shortSide = e.type() == SELL_SHORT;
    if (shortSide && !portfolio.allowShorts()) return Optional.of(new PortfolioRejection.ShortsNotAllowed(e.id()));
    LotSide opposite = shortSide ? p.longs : p.shorts;
    if (opposite.isOpen()) {
      return Optional.of(new PortfolioRejection.OppositePositionOpen(e.id(), p.instrument, Amounts.quantity(opposite.quantity())));
    }
    if (e.type() == LedgerEventType.TRANSFER_IN) {
      Optional<String> problem = carriedProblem(e);
      if (problem.isPresent()) return Optional.of(new PortfolioRejection.InvalidEvent(e.id(), problem.get()));
    }
    boolean wasFlat = p.isFlat();
    Ratio gross = Ratio.of(e.gross());
    Ratio fee = Ratio.of(e.fee());
    Ratio tax = Ratio.of(e.tax());
    Ratio localGross = r.local(r.base(gross));
    // the charges in the lot's cost: a reinvested dividend's tax was withheld from the dividend, not paid for the lot
    Ratio lotCharges = e.type() == LedgerEventType.DIVIDEND_REINVEST ? fee : fee.plus(tax);
    switch (e.type()) {
      case BUY -> {
        p.purchases = p.purchases.plus(open(p.longs, e, quantity, gross.plus(lotCharges), lotCharges, r));
        addCash(e.currency(), gross.plus(lotCharges).negate());
      }
      case DELIVERY_IN -> {
        p.purchases = p.purchases.plus(open(p.longs, e, quantity, gross.plus(lotCharges), lotCharges, r));
        addCash(e.currency(), lotCharges.negate());
        invested = invested.plus(r.base(gross));
      }
      case DIVIDEND_REINVEST -> {
        p.purchases = p.purchases.plus(open(p.longs, e, quantity, gross.plus(lotCharges), lotCharges, r));
        addCash(e.currency(), fee.plus(tax).negate());
        p.income = p.income.plus(r.base(gross.minus(tax)));
      }
      case SELL_SHORT -> {
        p.proceeds = p.proceeds.plus(open(p.shorts, e, quantity, gross.minus(lotCharges), lotCharges, r));
        addCash(e.currency(), gross.minus(lotCharges));
      }
      case TRANSFER_IN -> {
        for (CarriedLot c : e.carriedLots()) {
          Ratio cost = r.base(Ratio.of(c.cost()));
          p.longs.add(new Lot(lotSeq++, e.id(), c.acquiredOn(), new LotAmounts(Ratio.of(c.quantity()), cost, r.local(cost), Ratio.ZERO)));
          p.purchases = p.purchases.plus(cost);
        }
        addCash(e.currency(), lotCharges.negate());
        localGross = null;
      }
      default -> throw new IllegalStateException("not an acquisition: " + e.type());
    }
    p.feesPaid = p.feesPaid.plus(r.base(lotCharges));
    p.acquired(wasFlat, quantity, localGross);
    return Optional.empty();
  }

  private static Optional<String> carriedProblem(LedgerEvent e) {
    if (e.carriedLots().isEmpty()) return Optional.of("a transfer in brings the lots it carries");
    Ratio total = Ratio.ZERO;
    for (CarriedLot c : e.carriedLots()) {
      if (c.quantity().signum() <= 0 || c.cost().signum() < 0) return Optional.of("a carried lot has a positive quantity and a cost of at least 0");
      total = total.plus(Ratio.of(c.quantity()));
    }
    return total.compareTo(Ratio.of(e.quantity())) == 0
        ? Optional.empty()
        : Optional.of("the carried lots hold " + Amounts.quantity(total).toPlainString() + ", the transfer moves " + e.quantity().toPlainString());
  }

  /** Opens a lot of {@code amount} (event currency) including {@code charges}; returns its cost in base. */
  private Ratio open(LotSide side, LedgerEvent e, Ratio quantity, Ratio amount, Ratio charges, Rates r) {
    Ratio cost = r.base(amount);
    side.add(new Lot(lotSeq++, e.id(), e.date(), new LotAmounts(quantity, cost, r.local(cost), r.base(charges))));
    return cost;
  }

  private Optional<PortfolioRejection> reduce(Position p, LedgerEvent e, Rates r) {
    Ratio quantity = Ratio.of(e.quantity());
    if (quantity.signum() <= 0) return Optional.of(new PortfolioRejection.InvalidEvent(e.id(), e.type() + " needs a positive quantity"));
    boolean cover = e.type() == BUY_TO_COVER;
    LotSide side = cover ? p.shorts : p.longs;
    // the whole holding as shown (18 places) is the whole holding, even when it is 20/3 exactly
    if (Amounts.quantity(side.quantity()).compareTo(e.quantity()) == 0) quantity = side.quantity();
    if (side.quantity().compareTo(quantity) < 0) {
      BigDecimal held = Amounts.quantity(side.quantity());
      return Optional.of(cover
          ? new PortfolioRejection.Overcovered(e.id(), p.instrument, held, e.quantity())
          : new PortfolioRejection.Oversold(e.id(), p.instrument, held, e.quantity()));
    }
    Optional<String> pickProblem = side.pickProblem(e.lotPicks(), quantity);
    if (pickProblem.isPresent()) return Optional.of(new PortfolioRejection.BadLotPick(e.id(), pickProblem.get()));
    List<Lot> pieces = side.take(quantity, e.lotPicks());
    Ratio gross = Ratio.of(e.gross());
    Ratio charges = Ratio.of(e.fee().add(e.tax()));
    Ratio localGross = r.local(r.base(gross));
    switch (e.type()) {
      case SELL -> {
        Ratio net = r.base(gross.minus(charges));
        p.realize(pieces, false, net, r.local(net), r.base(charges), r.instrument());
        addCash(e.currency(), gross.minus(charges));
        p.proceeds = p.proceeds.plus(net);
      }
      case BUY_TO_COVER -> {
        Ratio paid = r.base(gross.plus(charges));
        p.realize(pieces, true, paid, r.local(paid), r.base(charges), r.instrument());
        addCash(e.currency(), gross.plus(charges).negate());
        p.purchases = p.purchases.plus(paid);
      }
      case TRANSFER_OUT, DELIVERY_OUT -> {
        for (Lot piece : pieces) p.proceeds = p.proceeds.plus(piece.cost());
        addCash(e.currency(), charges.negate());
        if (e.type() == LedgerEventType.DELIVERY_OUT) invested = invested.minus(r.base(gross));
        lastTaken = pieces;
        localGross = null;
      }
      default -> throw new IllegalStateException("not a reduction: " + e.type());
    }
    p.feesPaid = p.feesPaid.plus(r.base(charges));
    p.reduced(quantity, localGross);
    return Optional.empty();
  }

  private void advance(Position p, LocalDate day) {
    for (SplitRatio s = p.pendingSplit(); s != null && !s.effectiveOn().isAfter(day); s = p.pendingSplit()) {
      p.applySplit();
      boolean reverse = s.newShares().compareTo(s.oldShares()) < 0;
      if (reverse && !p.isFlat() && !p.openSide().quantity().isInteger()) cashInLieu(p, s.effectiveOn());
    }
  }

  /**
   * Settles the fraction of a share a reverse split leaves at the price of its effective date: sold
   * from a long position, bought back for a short one.
   */
  private void cashInLieu(Position p, LocalDate day) {
    LotSide side = p.openSide();
    boolean shortSide = side == p.shorts;
    Ratio fraction = side.quantity().minus(side.quantity().floor());
    Optional<BigDecimal> price = facts.price(p.instrument, day);
    Optional<BigDecimal> rate = facts.fxRate(portfolio.baseCurrency(), p.instrument.currency(), day);
    if (price.isEmpty() || rate.isEmpty()) {
      warnings.add(new Valuation.Warning(Valuation.WarningKind.CASH_IN_LIEU_NOT_BOOKED, Valuation.subject(p.instrument), day,
          "the fraction " + Amounts.quantity(fraction).toPlainString() + " left by a reverse split is kept: no "
              + (price.isEmpty() ? "price" : "exchange rate") + " on its effective date"));
      return;
    }
    Ratio local = fraction.times(Ratio.of(price.get()));
    Ratio instrumentRate = Ratio.of(rate.get());
    Ratio base = local.dividedBy(instrumentRate);
    p.realize(side.take(fraction, List.of()), shortSide, base, local, Ratio.ZERO, instrumentRate);
    if (shortSide) {
      p.purchases = p.purchases.plus(base);
      addCash(p.instrument.currency(), local.negate());
    } else {
      p.proceeds = p.proceeds.plus(base);
      addCash(p.instrument.currency(), local);
    }
    p.reduced(fraction, null);
  }

  private void addCash(CurrencyCode currency, Ratio amount) {
    cash.merge(currency, amount, Ratio::plus);
  }

  private static Ratio net(LedgerEvent e) {
    return Ratio.of(e.gross().subtract(e.fee()).subtract(e.tax()));
  }

  private Either<PortfolioRejection, Rates> rates(LedgerEvent e) {
    CurrencyCode base = portfolio.baseCurrency();
    boolean needsRate = e.type().hasInstrument() || e.type().isExternalFlow();
    Ratio eventRate = Ratio.ONE;
    if (needsRate && !e.currency().equals(base)) {
      if (e.recordedFxRate() != null) {
        eventRate = Ratio.of(e.recordedFxRate());
      } else {
        Optional<BigDecimal> rate = facts.fxRate(base, e.currency(), e.date());
        if (rate.isEmpty()) return Either.left(new PortfolioRejection.MissingFxRate(e.id(), base, e.currency(), e.date()));
        eventRate = Ratio.of(rate.get());
      }
    }
    if (!e.type().hasInstrument()) return Either.right(new Rates(eventRate, eventRate));
    CurrencyCode local = e.instrument().currency();
    if (local.equals(e.currency())) return Either.right(new Rates(eventRate, eventRate));
    Optional<BigDecimal> localRate = facts.fxRate(base, local, e.date());
    if (localRate.isEmpty()) return Either.left(new PortfolioRejection.MissingFxRate(e.id(), base, local, e.date()));
    return Either.right(new Rates(eventRate, Ratio.of(localRate.get())));
  }

  /** Units of the event's currency and of the instrument's currency per one unit of the base currency. */
  private record Rates(Ratio event, Ratio instrument) {
    Ratio base(Ratio amount) {
      return amount.dividedBy(event);
    }

    Ratio local(Ratio baseAmount) {
      return baseAmount.times(instrument);
    }
  }
}
