/**
 * Return and risk statistics on plain {@code double[]} columns, shared by portfolios and backtests, with
 * the conventions of {@code docs/ANALYTICS.md} section 2 and 3.
 *
 * <ul>
 *   <li><b>Periods per year (P)</b>: always an argument (252 daily stocks, 365 calendar days, 52 weekly, 12 monthly).
 *   <li><b>Risk-free rate per period</b>: an annual rate rf becomes (1 + rf)^(1/P) − 1.
 *   <li><b>Sample standard deviation</b>: divisor n − 1.
 *   <li><b>Sharpe</b>: mean(r − rf_p) / sd(r − rf_p) × √P.
 *   <li><b>Sortino</b>: mean(r − T) × P / downside deviation, the deviation taken over every period.
 *   <li><b>Drawdown</b>: E_t / max(E_s, s ≤ t) − 1; the maximum drawdown comes with peak, trough and recovery.
 *   <li><b>CAGR</b>: (E_end / E_start)^(365.25 / days) − 1 over calendar time; <b>Calmar</b>: CAGR / |max drawdown|.
 *   <li><b>Beta, tracking error, excess return</b>: a series against a benchmark over the same periods.
 * </ul>
 *
 * <p>A figure that the data cannot define (a standard deviation of one value, a ratio over a zero
 * deviation) is {@code NaN}, never a made-up 0.
 */
package io.phasewise.domain.statistics;
