package io.phasewise.application.portfolio.service;

import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioRejection;
import io.vavr.control.Either;
import java.util.List;

/**
 * Seam: the lots an outgoing transfer takes from a portfolio, which the receiving portfolio's
 * {@code TRANSFER_IN} carries. The lot engine answers this for every booking method; until its method
 * is public, {@link InterimFifoLots} answers for FIFO, and swapping {@link #STANDARD} is the one change.
 */
@FunctionalInterface
interface TransferredLots {
  TransferredLots STANDARD = new InterimFifoLots();

  /** The lots {@code transferOut}, not yet recorded, takes from {@code from}'s ledger, with their dates and base-currency costs. */
  Either<PortfolioRejection, List<CarriedLot>> taken(Portfolio from, LedgerEvent transferOut, MarketFacts facts);
}
