package io.phasewise.adapters.rest.portfolio;

import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.swagger.v3.oas.annotations.media.Schema;

/** A stored change of a ledger: the event recorded, edited or deleted, and the portfolio's version after it. */
@Schema(name = "LedgerChange")
record LedgerChangeJson(
    @Schema(description = "the portfolio's new version, also the ETag") long version,
    @Schema(description = "the event as recorded or edited; for a deletion, the event as it was") LedgerEventJson event) {

  static LedgerChangeJson of(LedgerChange change) {
    return new LedgerChangeJson(change.portfolio().version(), LedgerEventJson.of(change.event()));
  }
}
