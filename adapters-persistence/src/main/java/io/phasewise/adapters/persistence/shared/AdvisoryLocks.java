package io.phasewise.adapters.persistence.shared;

import org.jooq.DSLContext;

/**
 * Adapter infrastructure: PostgreSQL advisory locks held until the current transaction ends, keyed by
 * a namespace (the kind of work) and an id within it, so that two kinds of work never share a key.
 */
public final class AdvisoryLocks {
  /** The namespace of writes to one asset's candles: "PWCA" in ASCII. */
  public static final int CANDLE_WRITES = 0x5057_4341;

  private AdvisoryLocks() {}

  /**
   * Waits until no other transaction holds {@code (namespace, id)}, then holds it until this transaction
   * commits or rolls back. Ids beyond 32 bits are folded, so two may share a lock: that only serialises more.
   */
  public static void holdUntilCommit(DSLContext sql, int namespace, long id) {
    sql.fetch("SELECT pg_advisory_xact_lock(?, ?)::text", namespace, Long.hashCode(id));
  }
}
