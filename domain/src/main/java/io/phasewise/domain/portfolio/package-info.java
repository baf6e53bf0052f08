/**
 * Portfolios: a user's ledger of events and everything derived from it.
 *
 * <ul>
 *   <li>{@link io.phasewise.domain.portfolio.Portfolio}: the aggregate, settings plus the audit trail of ledger revisions.
 *   <li>{@link io.phasewise.domain.portfolio.LedgerEvent}: one deposit, trade, dividend, transfer... never netted on entry.
 *   <li>{@link io.phasewise.domain.portfolio.BookingMethod}: how sales are matched to lots.
 *   <li>{@link io.phasewise.domain.portfolio.MarketFacts}: splits, prices and rates as of a date, read from the market store.
 *   <li>Lot: a quantity acquired on a date at a cost (base and instrument currency); kept exact as a rational, split on read.
 *   <li>{@link io.phasewise.domain.portfolio.PortfolioValuation}: replays the ledger up to a day into a
 *       {@link io.phasewise.domain.portfolio.Valuation} (holdings with lots, realized and unrealized P&amp;L net and gross
 *       of fees, price and currency parts, cash per currency, the summary, warnings).
 *   <li>{@link io.phasewise.domain.portfolio.CarriedLot}: a lot moving between two portfolios of one user with its date and cost.
 *   <li>Cash in lieu: the fraction of a share a reverse split leaves, settled at the effective date's price.
 * </ul>
 *
 * <p>The conventions (event types, lot matching, splits, currencies, returns) are those of
 * {@code docs/PORTFOLIO.md}.
 */
package io.phasewise.domain.portfolio;
