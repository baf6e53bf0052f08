package io.phasewise.application.phase.port.out;

/**
 * Outgoing port: records one recompute of an asset's phases in the caller's transaction: upserts the
 * current state, replaces the stored transitions from a time on, and appends events to the outbox.
 * Reads go through {@link LoadPhasesPort}.
 */
public interface SavePhasesPort {

  /**
   * Upserts {@code recording.state()} as the current state of its asset and interval; when
   * {@code recording.replaceFrom()} is present, deletes that asset's transitions on that interval
   * with {@code changedAt} at or after it and inserts {@code recording.transitions()}; inserts
   * {@code recording.events()} into the outbox, skipping an event whose asset, interval and
   * {@code changedAt} already has one (an event is never sent twice for one transition time).
   *
   * @return how many events were inserted
   */
  int record(PhaseRecording recording);
}
