package io.phasewise.domain.portfolio;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a ledger's audit trail: an event recorded, replaced by an edit, or deleted. Edits and
 * deletes never rewrite an earlier revision; the ledger in force is each event's latest revision
 * unless that one is a deletion.
 *
 * @param revision 1 for the recording, then 2, 3... per event
 * @param event the event as of this revision; for a deletion, the event as it was when deleted
 */
public record LedgerRevision(LedgerEventId eventId, int revision, RevisionKind kind, LedgerEvent event, Instant at) {
  public LedgerRevision {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
    if (revision < 1) throw new IllegalArgumentException("revisions count from 1: " + revision);
    if (!event.id().equals(eventId)) throw new IllegalArgumentException("revision of " + eventId + " holds event " + event.id());
    if ((revision == 1) != (kind == RevisionKind.RECORDED)) {
      throw new IllegalArgumentException("an event is recorded in revision 1 and only there");
    }
  }
}
