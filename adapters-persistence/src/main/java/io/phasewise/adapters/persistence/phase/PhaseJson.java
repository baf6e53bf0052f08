package io.phasewise.adapters.persistence.phase;

import static io.phasewise.adapters.persistence.shared.JsonColumns.readExact;
import static io.phasewise.adapters.persistence.shared.JsonColumns.writeExact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.adapters.persistence.shared.StoredCodes;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.Reason;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.JSONB;

/**
 * The JSON documents of the phase tables: reasons as an array of objects, signals as an object of
 * name to number, and the outbox payload of an event as webhooks send it.
 *
 * <p>Numbers are in {@link JsonColumns}' exact format: every double, NaN, the infinities and -0.0
 * included, reads back as itself.
 */
final class PhaseJson {
  private PhaseJson() {}

  static JSONB reasons(List<Reason> reasons) {
    return JSONB.valueOf(JsonColumns.render(256, out -> writeReasons(out, reasons)));
  }

  static List<Reason> reasons(JSONB json) {
    JsonNode array = JsonColumns.tree(json, "an array of reasons");
    if (!array.isArray()) throw new IllegalStateException("stored reasons are not an array: " + json.data());
    List<Reason> reasons = new ArrayList<>(array.size());
    for (JsonNode r : array) {
      reasons.add(new Reason(r.path("key").asText(), readExact(r.path("value")), readExact(r.path("threshold")),
          phase(r.path("supports").asText()), readExact(r.path("strength")), r.path("text").asText()));
    }
    return reasons;
  }

  /** The signals as an object with the names in order, so equal maps render equal documents. */
  static JSONB signals(Map<String, Double> signals) {
    return JSONB.valueOf(JsonColumns.exactNumbers(new TreeMap<>(signals)));
  }

  static Map<String, Double> signals(JSONB json) {
    return JsonColumns.read(json, JsonColumns.NUMBERS, "an object of numbers (signals)");
  }

  /**
   * The webhook body of an event: {@code id}, {@code type} ({@code phase.transition}), {@code asset}
   * ({@code id}, {@code symbol}), {@code interval}, {@code from} (null for a first phase), {@code to},
   * {@code confidence}, {@code summary}, {@code reasons}, {@code changedAt} and {@code recordedAt} as
   * ISO-8601 UTC strings.
   */
  static JSONB payload(PhaseEvent event) {
    PhaseTransition t = event.transition();
    return JSONB.valueOf(JsonColumns.render(256, out -> {
      out.writeStartObject();
      out.writeStringField("id", event.id().toString());
      out.writeStringField("type", "phase.transition");
      out.writeObjectFieldStart("asset");
      out.writeNumberField("id", event.asset().value());
      out.writeStringField("symbol", event.symbol());
      out.writeEndObject();
      out.writeStringField("interval", event.interval().code());
      out.writeStringField("from", t.from() == null ? null : t.from().code());
      out.writeStringField("to", t.to().code());
      out.writeFieldName("confidence");
      writeExact(out, t.confidence());
      out.writeStringField("summary", t.rationale().summary());
      out.writeFieldName("reasons");
      writeReasons(out, t.rationale().reasons());
      out.writeStringField("changedAt", iso(t.changedAt()));
      out.writeStringField("recordedAt", iso(event.recordedAt()));
      out.writeEndObject();
    }));
  }

  static Phase phase(String code) {
    return StoredCodes.known(Phase.fromCode(code), "phase", code);
  }

  private static String iso(Instant t) {
    return t.toString();
  }

  private static void writeReasons(JsonGenerator out, List<Reason> reasons) throws IOException {
    out.writeStartArray();
    for (Reason r : reasons) {
      out.writeStartObject();
      out.writeStringField("key", r.key());
      out.writeFieldName("value");
      writeExact(out, r.value());
      out.writeFieldName("threshold");
      writeExact(out, r.threshold());
      out.writeStringField("supports", r.supports().code());
      out.writeFieldName("strength");
      writeExact(out, r.strength());
      out.writeStringField("text", r.text());
      out.writeEndObject();
    }
    out.writeEndArray();
  }
}
