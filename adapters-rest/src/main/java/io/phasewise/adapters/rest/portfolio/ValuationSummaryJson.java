package io.phasewise.adapters.rest.portfolio;

import io.phasewise.domain.portfolio.Valuation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A portfolio's headline figures as of one day (seed 003's portfolio_summary), in its base currency, and its warnings. */
@Schema(name = "PortfolioValuationSummary", description = "money in the base currency to 2 places, as exact strings")
record ValuationSummaryJson(
    String portfolioId,
    LocalDate asOf,
    String baseCurrency,
    @Schema(description = "cash in base + Σ market value of the holdings (those without one left out, with a warning)") BigDecimal totalValue,
    @Schema(description = "total value − invested amount") BigDecimal totalGain,
    @Schema(description = "Σ the holdings' day changes") BigDecimal dayGain,
    @Schema(description = "the cash of every currency in base") BigDecimal cashBalance,
    @Schema(description = "net external inflows: deposits − withdrawals + deliveries in − deliveries out, each at its day's rate")
    BigDecimal investedAmount,
    @Schema(description = "how many positions are open") int holdings,
    @Schema(description = "Σ every position's realized gain, open and closed") ValuationJson.RealizedJson realized,
    @Schema(description = "Σ the holdings' unrealized gains (those with a market value)") ValuationJson.GainJson unrealized,
    @Schema(description = "Σ every position's income") BigDecimal income,
    @Schema(description = "what could not be derived as it should: a missing price or rate, an event left out") List<WarningJson> warnings) {

  static ValuationSummaryJson of(Valuation v) {
    Valuation.Summary s = v.summary();
    return new ValuationSummaryJson(v.portfolio().toString(), v.asOf(), v.baseCurrency().code(), s.totalValue(), s.totalGain(), s.dayGain(),
        s.cashBalance(), s.investedAmount(), s.holdings(), ValuationJson.RealizedJson.of(s.realized()), ValuationJson.GainJson.of(s.unrealized()),
        s.income(), v.warnings().stream().map(WarningJson::of).toList());
  }

  /** A figure that could not be derived as it should. */
  @Schema(name = "PortfolioValuationWarning")
  record WarningJson(
      @Schema(allowableValues = {"MISSING_PRICE", "MISSING_FX_RATE", "CASH_IN_LIEU_NOT_BOOKED", "EVENT_SKIPPED"}) String kind,
      @Schema(description = "the instrument (asset:<id> or the external symbol), the currency pair (EUR/USD) or the event id") String subject,
      LocalDate day,
      String message) {
    static WarningJson of(Valuation.Warning w) {
      return new WarningJson(w.kind().name(), w.subject(), w.day(), w.message());
    }
  }
}
