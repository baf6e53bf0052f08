package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.model.ImportRun;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One past candle import of an asset: interval, when it ran, and its report. */
@Schema(name = "ImportRun")
record ImportRunJson(@Schema(example = "1d") String interval, Instant startedAt, Instant finishedAt,
    ImportReportJson report) {

  static ImportRunJson of(ImportRun run) {
    return new ImportRunJson(run.interval().code(), run.startedAt(), run.finishedAt(), ImportReportJson.of(run.report()));
  }
}
