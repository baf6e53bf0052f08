package io.phasewise.adapters.rest.portfolio;

import io.phasewise.domain.portfolio.LedgerRevision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One entry of an event's audit trail: recorded, edited or deleted, never rewritten. */
@Schema(name = "LedgerRevision")
record RevisionJson(
    @Schema(description = "1 for the recording, then 2, 3...") int revision,
    @Schema(description = "RECORDED, EDITED or DELETED") String kind,
    @Schema(description = "when the revision was stored") Instant at,
    @Schema(description = "the event as of this revision; for a deletion, as it was when deleted") LedgerEventJson event) {

  static RevisionJson of(LedgerRevision r) {
    return new RevisionJson(r.revision(), r.kind().name(), r.at(), LedgerEventJson.of(r.event()));
  }
}
