package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.port.in.TransferBetweenPortfoliosCommand;
import io.phasewise.application.portfolio.port.in.TransferBetweenPortfoliosUseCase;
import io.phasewise.application.portfolio.port.in.TransferResult;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Moves securities between two portfolios of one owner in one transaction: the {@code TRANSFER_OUT}
 * is recorded in the one, the lots it takes are carried by a {@code TRANSFER_IN} into the other, and
 * both are saved, or neither. Both events share the transfer's source id (the transfer's own id unless
 * the broker's is given); a transfer has no price, fee or tax.
 */
public final class TransferBetweenPortfoliosService implements TransferBetweenPortfoliosUseCase {
  static final String TRANSFER_SOURCE = "transfer:";

  private final OwnedPortfolios portfolios;
  private final Function<Portfolio, MarketFacts> facts;
  private final MarketUseCases market;
  private final TransactionPort tx;
  private final Infrastructure infra;

  public TransferBetweenPortfoliosService(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Infrastructure infra,
      MarketUseCases market) {
    this.portfolios = new OwnedPortfolios(load, save, infra.clock());
    this.facts = CandleMarketFacts.of(market);
    this.market = market;
    this.tx = tx;
    this.infra = infra;
  }

  @Override
  public Either<Failure, TransferResult> transfer(TransferBetweenPortfoliosCommand c) {
    return tx.inTransactionEither(() -> portfolios.find(c.owner(), c.from())
        .flatMap(from -> portfolios.find(c.owner(), c.to()).flatMap(to -> {
          if (!from.baseCurrency().equals(to.baseCurrency())) {
            return Either.left(Failure.InvalidInput.of("to", "lots carry their cost in the base currency, and " + from.baseCurrency()
                + " is not " + to.baseCurrency() + ": transfer between portfolios of one base currency"));
          }
          return EventBuilder.instrument(market.findAsset(), c.instrument(), null).flatMap(instrument -> transfer(c, from, to, instrument));
        })));
  }

  private Either<Failure, TransferResult> transfer(TransferBetweenPortfoliosCommand c, Portfolio from, Portfolio to, Instrument instrument) {
    Instant now = infra.clock().instant();
    String source = c.sourceId() != null ? c.sourceId() : TRANSFER_SOURCE + infra.ids().next();
    MarketFacts fromFacts = facts.apply(from);
    return Inputs.checked(() -> event(LedgerEventType.TRANSFER_OUT, c, instrument, source, to, List.of()))
        .flatMap(out -> from.lotsTakenBy(out, fromFacts).mapLeft(PortfolioRejections::failure)
            .flatMap(carried -> Inputs.checked(() -> event(LedgerEventType.TRANSFER_IN, c, instrument, source, from, carried)))
            .flatMap(in -> from.record(out, fromFacts, now)
                .flatMap(fromNext -> to.record(in, facts.apply(to), now).map(toNext -> List.of(fromNext, toNext)))
                .mapLeft(PortfolioRejections::failure)
                .flatMap(changed -> portfolios.save(changed.get(0))
                    .flatMap(savedFrom -> portfolios.save(changed.get(1)).map(savedTo -> new TransferResult(savedFrom, out, savedTo, in))))));
  }

  private LedgerEvent event(LedgerEventType type, TransferBetweenPortfoliosCommand c, Instrument instrument, String source,
      Portfolio counterpart, List<CarriedLot> carried) {
    return new LedgerEvent(LedgerEventId.of(infra.ids().next()), type, c.date(), c.time(), 0, instrument, c.quantity(), BigDecimal.ZERO,
        instrument.currency(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, source, List.of(), counterpart.id(), carried, null,
        null);
  }
}
