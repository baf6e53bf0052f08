/**
 * Portfolios: a user's ledger of events and everything derived from it.
 *
 * <ul>
 *   <li>{@link io.phasewise.domain.portfolio.Portfolio}: the aggregate, settings plus the audit trail of ledger revisions.
 *   <li>{@link io.phasewise.domain.portfolio.LedgerEvent}: one deposit, trade, dividend, transfer... never netted on entry.
 *   <li>{@link io.phasewise.domain.portfolio.BookingMethod}: how sales are matched to lots.
 *   <li>{@link io.phasewise.domain.portfolio.MarketFacts}: splits, prices and rates as of a date, read from the market store.
 * </ul>
 *
 * <p>The conventions (event types, lot matching, splits, currencies, returns) are those of
 * {@code docs/PORTFOLIO.md}.
 */
package io.phasewise.domain.portfolio;
