package io.phasewise.adapters.persistence.phase;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.PHASE_EVENTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseEventsRecord;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.Rationale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Reads the outbox rows of the tests back, each event rebuilt from its stored payload alone. */
final class Outbox {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Outbox() {}

  static List<PhaseEventsRecord> rows(DSLContext sql, AssetId asset, Interval interval) {
    return sql.selectFrom(PHASE_EVENTS)
        .where(PHASE_EVENTS.ASSET_ID.eq(asset.value()), PHASE_EVENTS.INTERVAL.eq(interval.code()))
        .orderBy(PHASE_EVENTS.CHANGED_AT)
        .fetch();
  }

  static List<PhaseEvent> events(DSLContext sql, AssetId asset, Interval interval) {
    return rows(sql, asset, interval).stream().map(row -> fromPayload(row.getPayload())).toList();
  }

  static JsonNode json(JSONB payload) {
    try {
      return JSON.readTree(payload.data());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The event a webhook receiver would rebuild from the payload. */
  static PhaseEvent fromPayload(JSONB payload) {
    JsonNode p = json(payload);
    AssetId asset = AssetId.of(p.get("asset").get("id").asLong());
    PhaseTransition transition = new PhaseTransition(asset,
        p.get("from").isNull() ? null : PhaseJson.phase(p.get("from").asText()), PhaseJson.phase(p.get("to").asText()),
        p.get("confidence").doubleValue(),
        new Rationale(PhaseJson.reasons(JSONB.valueOf(p.get("reasons").toString())), p.get("summary").asText()),
        Instant.parse(p.get("changedAt").asText()));
    return new PhaseEvent(UUID.fromString(p.get("id").asText()), asset, p.get("asset").get("symbol").asText(),
        Interval.fromCode(p.get("interval").asText()).orElseThrow(), transition, Instant.parse(p.get("recordedAt").asText()));
  }
}
