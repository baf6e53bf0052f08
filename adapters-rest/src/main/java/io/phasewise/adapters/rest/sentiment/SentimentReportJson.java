package io.phasewise.adapters.rest.sentiment;

import io.phasewise.application.sentiment.port.in.SentimentReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What recording observations did, with every problem of every rejected row. */
@Schema(name = "SentimentReport")
record SentimentReportJson(
    @Schema(example = "request body") String origin,
    long read,
    long inserted,
    long updated,
    long unchanged,
    @Schema(description = "inserted + updated") long stored,
    @Schema(description = "rows rejected") long rejectedCount,
    @Schema(description = "one entry per problem; a row may have several") List<Rejection> rejected) {

  /** One problem of a rejected row: the row (line of a file, or position of an array element from 1) and the field. */
  @Schema(name = "SentimentRejection")
  record Rejection(long row, @Schema(example = "score") String field, @Schema(example = "1.7 is outside -1..1") String problem) {}

  static SentimentReportJson of(SentimentReport r) {
    return new SentimentReportJson(r.origin(), r.read(), r.inserted(), r.updated(), r.unchanged(), r.stored(), r.rejected(),
        r.rejections().stream().map(x -> new Rejection(x.row(), x.field(), x.problem())).toList());
  }
}
