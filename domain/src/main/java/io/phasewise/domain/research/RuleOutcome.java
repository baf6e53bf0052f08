package io.phasewise.domain.research;

/**
 * What a way of holding a series returned over it (ANALYTICS.md section 3).
 *
 * @param totalReturn E_end / E_start − 1
 * @param cagr (E_end / E_start)^(365.25 / days) − 1 over the calendar span of the bars
 * @param worstDrawdown the maximum drawdown of the equity, 0 or negative
 * @param invested share of bars held in the market
 */
public record RuleOutcome(double totalReturn, double cagr, double worstDrawdown, double invested) {}
