package io.phasewise.adapters.rest.portfolio;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One of the caller's portfolios as the list shows it: its settings, without the ledger. */
@Schema(name = "PortfolioSummary")
record PortfolioSummaryJson(
    String id, String name, String baseCurrency, String method, boolean allowShorts,
    @Schema(description = "events in force in the ledger") int events,
    @Schema(description = "the version, as GET .../{portfolioId} gives it in its ETag") long version,
    Instant createdAt) {

  static PortfolioSummaryJson of(PortfolioSummaryRow row) {
    return new PortfolioSummaryJson(row.id().toString(), row.name(), row.baseCurrency().code(), row.method().name(), row.allowShorts(),
        row.events(), row.version(), row.createdAt());
  }
}
