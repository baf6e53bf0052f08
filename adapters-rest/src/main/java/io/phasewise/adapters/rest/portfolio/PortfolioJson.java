package io.phasewise.adapters.rest.portfolio;

import io.phasewise.domain.portfolio.Portfolio;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One of the caller's portfolios: settings, position plans and recorded prices; its ledger is read through .../events. */
@Schema(name = "Portfolio")
record PortfolioJson(
    String id,
    String name,
    @Schema(description = "the currency every figure is reported in") String baseCurrency,
    @Schema(description = "how sales are matched to lots: FIFO, LIFO, HIFO, AVERAGE or SPECIFIC_ID") String method,
    @Schema(description = "whether the ledger may hold short positions") boolean allowShorts,
    @Schema(description = "events in force in the ledger") int events,
    List<PositionPlanJson> plans,
    List<RecordedPriceJson> recordedPrices,
    @Schema(description = "the version, also the ETag; send it back in If-Match to refuse a change made meanwhile") long version,
    Instant createdAt) {

  static PortfolioJson of(Portfolio p) {
    return new PortfolioJson(p.id().toString(), p.name(), p.baseCurrency().code(), p.method().name(), p.allowShorts(), p.ledger().size(),
        p.plans().stream().map(PositionPlanJson::of).toList(), p.recordedPrices().stream().map(RecordedPriceJson::of).toList(),
        p.version(), p.createdAt());
  }
}
