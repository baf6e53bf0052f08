package io.phasewise.adapters.persistence.phase;

import static io.phasewise.application.testing.PhaseSamples.day;
import static io.phasewise.application.testing.PhaseSamples.state;
import static io.phasewise.application.testing.PhaseSamples.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseEventsRecord;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.PhaseRecording;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox payload as webhooks send it, and a recording that fails half-way leaving nothing of itself. */
class PhaseOutboxTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant RECORDED = Instant.parse("2030-01-02T03:04:05.123456Z");

  private AssetId asset;

  @BeforeEach
  void startWithOneAsset() {
    DB.truncate();
    asset = DB.newAsset("OUT");
  }

  private SavePhasesPort save() {
    return DB.persistence().ports(PhasePersistence.MODULE).savePhases();
  }

  private LoadPhasesPort load() {
    return DB.persistence().ports(PhasePersistence.MODULE).loadPhases();
  }

  private PhaseEvent event(UUID id, PhaseTransition transition) {
    return new PhaseEvent(id, asset, "OUT", Interval.D1, transition, RECORDED);
  }

  @Test
  void the_payload_is_the_webhook_body_with_iso_utc_times() {
    PhaseTransition defect = transition(asset, Phase.COOP, Phase.DEFECT, 40);
    PhaseEvent news = event(UUID.randomUUID(), defect);
    save().record(new PhaseRecording(asset, Interval.D1, state(asset, Phase.DEFECT, 0.9, 40, 40), Optional.of(day(40)),
        List.of(defect), List.of(news), RECORDED));

    PhaseEventsRecord row = Outbox.rows(DB.database().jooq(), asset, Interval.D1).get(0);
    JsonNode payload = Outbox.json(row.getPayload());

    assertThat(fieldNames(payload)).containsExactlyInAnyOrder("id", "type", "asset", "interval", "from", "to", "confidence",
        "summary", "reasons", "changedAt", "recordedAt");
    assertThat(payload.get("id").asText()).isEqualTo(news.id().toString());
    assertThat(payload.get("type").asText()).isEqualTo("phase.transition");
    assertThat(fieldNames(payload.get("asset"))).containsExactlyInAnyOrder("id", "symbol");
    assertThat(payload.get("asset").get("id").asLong()).isEqualTo(asset.value());
    assertThat(payload.get("asset").get("symbol").asText()).isEqualTo("OUT");
    assertThat(payload.get("interval").asText()).isEqualTo("1d");
    assertThat(payload.get("from").asText()).isEqualTo("COOP");
    assertThat(payload.get("to").asText()).isEqualTo("DEFECT");
    assertThat(payload.get("confidence").isNumber()).isTrue();
    assertThat(payload.get("confidence").doubleValue()).isEqualTo(defect.confidence());
    assertThat(payload.get("summary").asText()).isEqualTo(defect.rationale().summary());
    assertThat(payload.get("changedAt").asText()).isEqualTo("2020-02-11T00:00:00Z");
    assertThat(payload.get("recordedAt").asText()).isEqualTo("2030-01-02T03:04:05.123456Z");
    JsonNode reason = payload.get("reasons").get(0);
    assertThat(fieldNames(reason)).containsExactlyInAnyOrder("key", "value", "threshold", "supports", "strength", "text");
    assertThat(reason.get("value").isNumber()).isTrue();
    assertThat(payload.get("reasons").get(2).get("value").asText()).as("NaN as a string").isEqualTo("NaN");
    assertThat(Outbox.fromPayload(row.getPayload())).isEqualTo(news);

    assertThat(row.getId()).isEqualTo(news.id());
    assertThat(row.getFromPhase()).isEqualTo("COOP");
    assertThat(row.getToPhase()).isEqualTo("DEFECT");
    assertThat(row.getChangedAt()).isEqualTo(defect.changedAt());
    assertThat(row.getCreatedAt()).isEqualTo(RECORDED);
    assertThat(row.getFannedOutAt()).as("left to the webhooks").isNull();
  }

  @Test
  void a_first_phase_has_a_null_from() {
    PhaseTransition first = transition(asset, null, Phase.COOP, 0);
    save().record(new PhaseRecording(asset, Interval.D1, state(asset, Phase.COOP, 0.5, 0, 0), Optional.of(day(0)),
        List.of(first), List.of(event(UUID.randomUUID(), first)), RECORDED));

    PhaseEventsRecord row = Outbox.rows(DB.database().jooq(), asset, Interval.D1).get(0);
    assertThat(Outbox.json(row.getPayload()).get("from").isNull()).isTrue();
    assertThat(row.getFromPhase()).isNull();
  }

  @Test
  void a_recording_that_fails_after_its_first_write_leaves_nothing_of_itself() {
    UUID taken = UUID.randomUUID();
    PhaseTransition coop = transition(asset, null, Phase.COOP, 0);
    PhaseState before = state(asset, Phase.COOP, 0.6, 0, 39);
    PhaseEvent first = event(taken, coop);
    save().record(new PhaseRecording(asset, Interval.D1, before, Optional.of(day(0)), List.of(coop), List.of(first), RECORDED));

    PhaseTransition defect = transition(asset, Phase.COOP, Phase.DEFECT, 40);
    // the state upsert, the delete and the transition insert succeed; the event reuses an id and fails
    PhaseRecording clash = new PhaseRecording(asset, Interval.D1, state(asset, Phase.DEFECT, 0.9, 40, 40), Optional.of(day(0)),
        List.of(coop, defect), List.of(event(taken, defect)), RECORDED);
    assertThatThrownBy(() -> save().record(clash)).isInstanceOf(DataAccessException.class);

    assertThat(load().current(asset, Interval.D1)).contains(before);
    assertThat(load().transitions(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END)).containsExactly(coop);
    assertThat(Outbox.events(DB.database().jooq(), asset, Interval.D1)).containsExactly(first);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
