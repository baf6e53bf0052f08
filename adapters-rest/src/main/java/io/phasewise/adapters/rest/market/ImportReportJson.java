package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.model.ImportReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * What a candle import did, with the first rejected rows' lines (header included) and reasons, and
 * each stored bar flagged as an outlier.
 */
@Schema(name = "ImportReport")
record ImportReportJson(
    @Schema(example = "AAPL.csv") String origin,
    long read,
    long inserted,
    long updated,
    long unchanged,
    @Schema(description = "inserted + updated") long stored,
    long rejectedCount,
    @Schema(description = "the first " + ImportReport.LISTED_REJECTIONS + " rejected rows by line; a stored run lists the same")
    List<RejectedRow> rejected,
    @Schema(description = "rejected rows left out of the list: rejectedCount minus the rows listed") long rejectedNotListed,
    @Schema(description = "bars stored but flagged: the close moved more than 10 times the root mean square of the"
        + " previous 20 log returns (outliers excluded) from the previous close; a stored run keeps none")
    List<OutlierRow> outliers) {

  @Schema(name = "RejectedRow")
  record RejectedRow(long line, String reason) {}

  @Schema(name = "OutlierRow")
  record OutlierRow(long line, Instant time, String reason) {}

  static ImportReportJson of(ImportReport r) {
    return new ImportReportJson(r.origin(), r.read(), r.inserted(), r.updated(), r.unchanged(), r.stored(),
        r.rejectedCount(), r.rejected().stream().map(x -> new RejectedRow(x.line(), x.reason())).toList(), r.rejectedNotListed(),
        r.outliers().stream().map(o -> new OutlierRow(o.line(), o.time(), o.reason())).toList());
  }
}
