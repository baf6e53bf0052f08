package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.model.ImportReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a candle import did, with each rejected row's line (header included) and reason. */
@Schema(name = "ImportReport")
record ImportReportJson(
    @Schema(example = "AAPL.csv") String origin,
    long read,
    long inserted,
    long updated,
    long unchanged,
    @Schema(description = "inserted + updated") long stored,
    long rejectedCount,
    @Schema(description = "rejected rows; a stored run keeps the first 100") List<RejectedRow> rejected) {

  @Schema(name = "RejectedRow")
  record RejectedRow(long line, String reason) {}

  static ImportReportJson of(ImportReport r) {
    return new ImportReportJson(r.origin(), r.read(), r.inserted(), r.updated(), r.unchanged(), r.stored(),
        r.rejectedCount(), r.rejected().stream().map(x -> new RejectedRow(x.line(), x.reason())).toList());
  }
}
