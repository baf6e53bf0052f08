package io.phasewise.adapters.persistence.phase;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.PHASE_EVENTS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.PHASE_STATES;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.PHASE_TRANSITIONS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseEventsRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseStatesRecord;
import io.phasewise.adapters.persistence.shared.AssetKeys;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.PhaseRecording;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.JSONB;
import org.jooq.Query;

/**
 * Stores phases in {@code phase_states}, {@code phase_transitions} and the outbox {@code phase_events}.
 * A recording is one JDBC batch (one round trip): the state upsert, the delete and insert of the
 * replaced transitions, and the outbox insert, which skips an event whose transition time is already
 * there; it runs in the caller's unit of work, so a failure leaves none of it. The state upsert comes
 * first: two recordings of one asset at the same time wait on its row, so the second deletes and
 * inserts after the first has committed, and each transition time gets at most one event.
 */
final class JooqPhasePersistenceAdapter implements SavePhasesPort, LoadPhasesPort {
  private final DSLContext sql;
  private final TransactionPort transactions;
  private final PhaseRecordMapper mapper = PhaseRecordMapper.INSTANCE;

  JooqPhasePersistenceAdapter(Database database) {
    this.sql = database.jooq();
    this.transactions = database.transactions();
  }

  @Override
  public int record(PhaseRecording recording) {
    long asset = recording.asset().value();
    String interval = recording.interval().code();
    List<Query> batch = new ArrayList<>(4);
    // first: it locks the state row, which serializes concurrent recordings of this asset and interval
    PhaseStatesRecord state = mapper.toRecord(recording.state(), recording.interval(), recording.recordedAt());
    batch.add(sql.insertInto(PHASE_STATES).set(state)
        .onConflict(PHASE_STATES.ASSET_ID, PHASE_STATES.INTERVAL).doUpdate().set(state));
    recording.replaceFrom().ifPresent(from -> batch.add(sql.deleteFrom(PHASE_TRANSITIONS)
        .where(PHASE_TRANSITIONS.ASSET_ID.eq(asset), PHASE_TRANSITIONS.INTERVAL.eq(interval),
            PHASE_TRANSITIONS.CHANGED_AT.ge(from))));
    if (!recording.transitions().isEmpty()) {
      var insert = sql.insertInto(PHASE_TRANSITIONS).columns(PHASE_TRANSITIONS.fields());
      for (PhaseTransition t : recording.transitions()) {
        insert = insert.values(mapper.toRecord(t, recording.interval(), recording.recordedAt()).intoArray());
      }
      batch.add(insert);
    }
    if (!recording.events().isEmpty()) batch.add(outbox(recording.events()));
    int[] counts = transactions.inTransaction(() -> sql.batch(batch).execute());
    return recording.events().isEmpty() ? 0 : counts[counts.length - 1];
  }

  private Query outbox(List<PhaseEvent> events) {
    InsertValuesStep9<PhaseEventsRecord, UUID, Long, String, String, String, Instant, JSONB, Instant,
        Instant> insert = sql.insertInto(PHASE_EVENTS, PHASE_EVENTS.ID, PHASE_EVENTS.ASSET_ID, PHASE_EVENTS.INTERVAL,
            PHASE_EVENTS.FROM_PHASE, PHASE_EVENTS.TO_PHASE, PHASE_EVENTS.CHANGED_AT, PHASE_EVENTS.PAYLOAD,
            PHASE_EVENTS.CREATED_AT, PHASE_EVENTS.FANNED_OUT_AT);
    for (PhaseEvent e : events) {
      PhaseTransition t = e.transition();
      insert = insert.values(e.id(), e.asset().value(), e.interval().code(), PhaseValues.code(t.from()), t.to().code(),
          t.changedAt(), PhaseJson.payload(e), e.recordedAt(), null);
    }
    return insert.onConflict(PHASE_EVENTS.ASSET_ID, PHASE_EVENTS.INTERVAL, PHASE_EVENTS.CHANGED_AT).doNothing();
  }

  @Override
  public Optional<PhaseState> current(AssetId asset, Interval interval) {
    return sql.selectFrom(PHASE_STATES)
        .where(PHASE_STATES.ASSET_ID.eq(asset.value()), PHASE_STATES.INTERVAL.eq(interval.code()))
        .fetchOptional(mapper::toState);
  }

  @Override
  public Map<AssetId, PhaseState> current(Collection<AssetId> assets, Interval interval) {
    if (assets.isEmpty()) return Map.of();
    Map<AssetId, PhaseState> current = new LinkedHashMap<>();
    for (PhaseStatesRecord row : sql.selectFrom(PHASE_STATES)
        .where(PHASE_STATES.INTERVAL.eq(interval.code()), AssetKeys.anyOf(PHASE_STATES.ASSET_ID, assets))
        .fetch()) {
      PhaseState state = mapper.toState(row);
      current.put(state.asset(), state);
    }
    return current;
  }

  @Override
  public List<PhaseTransition> transitions(AssetId asset, Interval interval, Instant from, Instant to) {
    return sql.selectFrom(PHASE_TRANSITIONS)
        .where(PHASE_TRANSITIONS.ASSET_ID.eq(asset.value()), PHASE_TRANSITIONS.INTERVAL.eq(interval.code()),
            PHASE_TRANSITIONS.CHANGED_AT.between(from, to))
        .orderBy(PHASE_TRANSITIONS.CHANGED_AT)
        .fetch(mapper::toTransition);
  }
}
