package io.phasewise.adapters.rest.portfolio;

import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One import of a portfolio as its sync log keeps it: where the rows came from and what became of them. */
@Schema(name = "PortfolioSyncLogEntry")
record SyncLogEntryJson(
    String id,
    @Schema(description = "csv, ibkr, kraken, kucoin, yahoo, ghostfolio or manual") String source,
    @Schema(description = "the statement format read") String format,
    @Schema(description = "where the file came from, as the import named it") String origin,
    Instant startedAt,
    Instant finishedAt,
    @Schema(description = "lines read") int read,
    @Schema(description = "events stored") int stored,
    @Schema(description = "rows whose source id the ledger held already") int alreadyStored,
    @Schema(description = "lines that are no activity (blank, summary)") int skipped,
    @Schema(description = "lines refused") int refused,
    @Schema(description = "SUCCESS, PARTIAL or FAILED") String status,
    @Schema(description = "the first 100 refusals, each \"line N: reason\"") List<String> errors) {

  static SyncLogEntryJson of(SyncLogEntry e) {
    return new SyncLogEntryJson(e.id().toString(), e.source(), e.format(), e.origin(), e.startedAt(), e.finishedAt(), e.read(), e.stored(),
        e.alreadyStored(), e.skipped(), e.refused(), e.status().name(), e.errors());
  }
}
