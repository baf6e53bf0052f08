package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.port.in.TickReport;
import io.swagger.v3.oas.annotations.media.Schema;

/** What recording ticks did: ticks new, changed and unchanged, and 1-minute candles rewritten. */
@Schema(name = "TickReport")
record TickReportJson(long inserted, long updated, long unchanged, long candlesWritten) {

  static TickReportJson of(TickReport r) {
    return new TickReportJson(r.inserted(), r.updated(), r.unchanged(), r.candlesWritten());
  }
}
