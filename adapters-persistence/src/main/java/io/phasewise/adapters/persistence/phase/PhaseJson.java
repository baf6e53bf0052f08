package io.phasewise.adapters.persistence.phase;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.JSONB;

/**
 * The JSON documents of the phase tables: reasons as an array of objects, signals as an object of
 * name to number, and the outbox payload of an event as webhooks send it.
 *
 * <p>Numbers: jsonb keeps a number as an exact decimal, so the shortest decimal {@link Double#toString}
 * writes reads back as the same double. The doubles no JSON number holds (NaN, the infinities, and
 * -0.0, which a decimal turns into 0) are written as the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"} and {@code "-0.0"}, and read back as themselves.
 */
final class PhaseJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PhaseJson() {}

  static JSONB reasons(List<Reason> reasons) {
    return JSONB.valueOf(render(out -> writeReasons(out, reasons)));
  }

  static List<Reason> reasons(JSONB json) {
    JsonNode array = parse(json, "reasons");
    if (!array.isArray()) throw new IllegalStateException("stored reasons are not an array: " + json.data());
    List<Reason> reasons = new ArrayList<>(array.size());
    for (JsonNode r : array) {
      reasons.add(new Reason(r.path("key").asText(), number(r.path("value")), number(r.path("threshold")),
          phase(r.path("supports").asText()), number(r.path("strength")), r.path("text").asText()));
    }
    return reasons;
  }

  /** The signals as an object with the names in order, so equal maps render equal documents. */
  static JSONB signals(Map<String, Double> signals) {
    return JSONB.valueOf(render(out -> {
      out.writeStartObject();
      for (Map.Entry<String, Double> signal : new TreeMap<>(signals).entrySet()) {
        out.writeFieldName(signal.getKey());
        writeNumber(out, signal.getValue());
      }
      out.writeEndObject();
    }));
  }

  static Map<String, Double> signals(JSONB json) {
    JsonNode object = parse(json, "signals");
    if (!object.isObject()) throw new IllegalStateException("stored signals are not an object: " + json.data());
    Map<String, Double> signals = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> signal = it.next();
      signals.put(signal.getKey(), number(signal.getValue()));
    }
    return signals;
  }

  /**
   * The webhook body of an event: {@code id}, {@code type} ({@code phase.transition}), {@code asset}
   * ({@code id}, {@code symbol}), {@code interval}, {@code from} (null for a first phase), {@code to},
   * {@code confidence}, {@code summary}, {@code reasons}, {@code changedAt} and {@code recordedAt} as
   * ISO-8601 UTC strings.
   */
  static JSONB payload(PhaseEvent event) {
    PhaseTransition t = event.transition();
    return JSONB.valueOf(render(out -> {
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
      writeNumber(out, t.confidence());
      out.writeStringField("summary", t.rationale().summary());
      out.writeFieldName("reasons");
      writeReasons(out, t.rationale().reasons());
      out.writeStringField("changedAt", iso(t.changedAt()));
      out.writeStringField("recordedAt", iso(event.recordedAt()));
      out.writeEndObject();
    }));
  }

  static Phase phase(String code) {
    return Phase.fromCode(code).orElseThrow(() -> new IllegalStateException("stored phase is not COOP, DEFECT or FORGIVE: " + code));
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
      writeNumber(out, r.value());
      out.writeFieldName("threshold");
      writeNumber(out, r.threshold());
      out.writeStringField("supports", r.supports().code());
      out.writeFieldName("strength");
      writeNumber(out, r.strength());
      out.writeStringField("text", r.text());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeNumber(JsonGenerator out, double value) throws IOException {
    if (Double.isFinite(value) && Double.doubleToRawLongBits(value) != Long.MIN_VALUE) out.writeNumber(value);
    else out.writeString(Double.toString(value));
  }

  private static double number(JsonNode node) {
    if (node.isNumber()) return node.doubleValue();
    if (node.isTextual()) return Double.parseDouble(node.textValue());
    throw new IllegalStateException("stored number is neither a number nor a string: " + node);
  }

  private static JsonNode parse(JSONB json, String what) {
    try {
      return JSON.readTree(json.data());
    } catch (IOException e) {
      throw new IllegalStateException("stored " + what + " are not JSON: " + json.data(), e);
    }
  }

  private interface Writing {
    void write(JsonGenerator out) throws IOException;
  }

  private static String render(Writing writing) {
    StringWriter json = new StringWriter(256);
    try (JsonGenerator out = JSON.createGenerator(json)) {
      writing.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render phase JSON", e);
    }
    return json.toString();
  }
}
