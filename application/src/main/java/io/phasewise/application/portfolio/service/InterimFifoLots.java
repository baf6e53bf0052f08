package io.phasewise.application.portfolio.service;

import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioRejection;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lots of an outgoing transfer until the lot engine exposes them: the instrument's long lots
 * before the transfer, in FIFO order, without splits or shorts. A lot's cost is what acquiring it cost
 * (gross plus fee; a reinvested dividend its amount) in the base currency, at the event's recorded rate
 * or else the day's; a reduction takes the matched share of a lot's cost.
 */
final class InterimFifoLots implements TransferredLots {
  private static final MathContext SHARE = MathContext.DECIMAL128;

  @Override
  public Either<PortfolioRejection, List<CarriedLot>> taken(Portfolio from, LedgerEvent transferOut, MarketFacts facts) {
    Deque<CarriedLot> open = new ArrayDeque<>();
    for (LedgerEvent e : from.ledger()) {
      if (LedgerEvent.LEDGER_ORDER.compare(e, transferOut) >= 0) break;
      if (!transferOut.instrument().equals(e.instrument())) continue;
      switch (e.type()) {
        case BUY, DELIVERY_IN, DIVIDEND_REINVEST -> {
          BigDecimal paid = e.type() == LedgerEventType.DIVIDEND_REINVEST ? e.gross() : e.gross().add(e.fee());
          Either<PortfolioRejection, BigDecimal> cost = inBase(paid, e, from.baseCurrency(), facts);
          if (cost.isLeft()) return Either.left(cost.getLeft());
          open.addLast(new CarriedLot(e.date(), e.quantity(), cost.get()));
        }
        case TRANSFER_IN -> open.addAll(e.carriedLots());
        case SELL, DELIVERY_OUT, TRANSFER_OUT -> take(open, e.quantity());
        default -> { }
      }
    }
    return Either.right(take(open, transferOut.quantity()));
  }

  /** Removes {@code quantity} from the oldest lots of {@code open} and returns what was removed. */
  private static List<CarriedLot> take(Deque<CarriedLot> open, BigDecimal quantity) {
    List<CarriedLot> taken = new ArrayList<>();
    BigDecimal left = quantity;
    while (left.signum() > 0 && !open.isEmpty()) {
      CarriedLot lot = open.pollFirst();
      if (lot.quantity().compareTo(left) <= 0) {
        taken.add(lot);
        left = left.subtract(lot.quantity());
      } else {
        BigDecimal cost = lot.cost().multiply(left).divide(lot.quantity(), SHARE);
        taken.add(new CarriedLot(lot.acquiredOn(), left, cost));
        open.addFirst(new CarriedLot(lot.acquiredOn(), lot.quantity().subtract(left), lot.cost().subtract(cost)));
        left = BigDecimal.ZERO;
      }
    }
    return taken;
  }

  private static Either<PortfolioRejection, BigDecimal> inBase(BigDecimal amount, LedgerEvent e, CurrencyCode base, MarketFacts facts) {
    BigDecimal rate = e.recordedFxRate() != null ? e.recordedFxRate() : facts.fxRate(base, e.currency(), e.date()).orElse(null);
    if (rate == null) return Either.left(new PortfolioRejection.MissingFxRate(e.id(), e.currency(), base, e.date()));
    return Either.right(amount.divide(rate, SHARE));
  }
}
