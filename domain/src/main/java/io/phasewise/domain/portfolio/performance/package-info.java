/**
 * Portfolio performance over a period, derived from the ledger and market prices (PORTFOLIO.md
 * section 5, ANALYTICS.md section 3).
 *
 * <ul>
 *   <li><b>Value series</b>: market value MV_t in the base currency on every calendar day, with the external
 *       inflows In_t and outflows Out_t; point 0 is the opening, the close of the day before the period.
 *   <li><b>External flow</b>: for the portfolio, deposits, withdrawals, deliveries and transfers (at the day's
 *       value); for one holding, buys in and sales and dividends out.
 *   <li><b>TWR</b>: Π(1 + r_t) − 1 with r_t = (MV_t + Out_t) / (MV_{t−1} + In_t) − 1; its index starts at 1.
 *   <li><b>XIRR</b>: the money-weighted annual rate, Actual/365, undefined rather than 0 when it has no meaning.
 *   <li><b>Modified Dietz</b> and <b>simple ROI</b>: the cheap money-weighted figures.
 *   <li><b>Contribution</b>: a holding's share of the TWR; holdings and cash add up to it.
 *   <li><b>Risk figures</b>: drawdown, volatility, Sharpe, Sortino, CAGR, Calmar, on the TWR index only.
 *   <li><b>Price grid</b>: prices and rates as whole day columns, so valuing years of days stays a tight loop.
 * </ul>
 */
package io.phasewise.domain.portfolio.performance;
