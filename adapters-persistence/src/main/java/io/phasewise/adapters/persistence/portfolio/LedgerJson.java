package io.phasewise.adapters.persistence.portfolio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.domain.portfolio.ActionSource;
import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.EntrySnapshot;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LotPick;
import io.phasewise.domain.portfolio.TradeAnnotations;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.JSONB;

/**
 * The jsonb columns of {@code ledger_revisions}. Decimals are JSON strings in {@link BigDecimal#toString}
 * form, which reads back with the same scale; doubles use {@link JsonColumns}' exact format; absent
 * optional fields are left out. An empty list is stored as {@code NULL}, annotations with no field set
 * as {@code {}} (which is not the same as no annotations at all).
 */
final class LedgerJson {
  private LedgerJson() {}

  static JSONB lotPicks(List<LotPick> picks) {
    if (picks.isEmpty()) return null;
    return JSONB.valueOf(JsonColumns.render(64 * picks.size(), out -> {
      out.writeStartArray();
      for (LotPick pick : picks) {
        out.writeStartObject();
        out.writeStringField("openedBy", pick.openedBy().value().toString());
        out.writeStringField("quantity", pick.quantity().toString());
        out.writeEndObject();
      }
      out.writeEndArray();
    }));
  }

  static List<LotPick> lotPicks(JSONB json) {
    if (json == null) return List.of();
    List<LotPick> picks = new ArrayList<>();
    for (JsonNode pick : JsonColumns.tree(json, "a list of lot picks")) {
      picks.add(new LotPick(LedgerEventId.of(UUID.fromString(pick.get("openedBy").textValue())), decimal(pick, "quantity")));
    }
    return picks;
  }

  static JSONB carriedLots(List<CarriedLot> lots) {
    if (lots.isEmpty()) return null;
    return JSONB.valueOf(JsonColumns.render(80 * lots.size(), out -> {
      out.writeStartArray();
      for (CarriedLot lot : lots) {
        out.writeStartObject();
        out.writeStringField("acquiredOn", lot.acquiredOn().toString());
        out.writeStringField("quantity", lot.quantity().toString());
        out.writeStringField("cost", lot.cost().toString());
        out.writeEndObject();
      }
      out.writeEndArray();
    }));
  }

  static List<CarriedLot> carriedLots(JSONB json) {
    if (json == null) return List.of();
    List<CarriedLot> lots = new ArrayList<>();
    for (JsonNode lot : JsonColumns.tree(json, "a list of carried lots")) {
      lots.add(new CarriedLot(LocalDate.parse(lot.get("acquiredOn").textValue()), decimal(lot, "quantity"), decimal(lot, "cost")));
    }
    return lots;
  }

  static JSONB annotations(TradeAnnotations a) {
    if (a == null) return null;
    return JSONB.valueOf(JsonColumns.render(256, out -> {
      out.writeStartObject();
      text(out, "actionSource", a.actionSource() == null ? null : a.actionSource().name());
      text(out, "signalReference", a.signalReference());
      text(out, "timeframe", a.timeframe());
      text(out, "emotion", a.emotion());
      if (a.confidence() != null) out.writeNumberField("confidence", a.confidence());
      if (a.stress() != null) out.writeNumberField("stress", a.stress());
      text(out, "marketSentiment", a.marketSentiment());
      text(out, "volatilityLevel", a.volatilityLevel());
      text(out, "volumeProfile", a.volumeProfile());
      text(out, "primarySetup", a.primarySetup());
      if (!a.confirmationSignals().isEmpty()) texts(out, "confirmationSignals", a.confirmationSignals());
      text(out, "chartPattern", a.chartPattern());
      decimal(out, "stopLoss", a.stopLoss());
      decimal(out, "takeProfit", a.takeProfit());
      decimal(out, "capitalAmount", a.capitalAmount());
      decimal(out, "riskPercent", a.riskPercent());
      text(out, "reason", a.reason());
      text(out, "lessonLearned", a.lessonLearned());
      text(out, "notes", a.notes());
      out.writeEndObject();
    }));
  }

  static TradeAnnotations annotations(JSONB json) {
    if (json == null) return null;
    JsonNode a = JsonColumns.tree(json, "trade annotations");
    String source = text(a, "actionSource");
    return new TradeAnnotations(source == null ? null : PortfolioValues.decode(ActionSource.class, "action source", source),
        text(a, "signalReference"), text(a, "timeframe"), text(a, "emotion"), integer(a, "confidence"), integer(a, "stress"),
        text(a, "marketSentiment"), text(a, "volatilityLevel"), text(a, "volumeProfile"), text(a, "primarySetup"),
        texts(a, "confirmationSignals"), text(a, "chartPattern"), decimal(a, "stopLoss"), decimal(a, "takeProfit"),
        decimal(a, "capitalAmount"), decimal(a, "riskPercent"), text(a, "reason"), text(a, "lessonLearned"), text(a, "notes"));
  }

  static JSONB entrySnapshot(EntrySnapshot s) {
    if (s == null) return null;
    return JSONB.valueOf(JsonColumns.render(256 + 32 * s.features().size(), out -> {
      out.writeStartObject();
      out.writeStringField("asOf", s.asOf().toString());
      text(out, "phase", s.phase());
      number(out, "phaseConfidence", s.phaseConfidence());
      texts(out, "phaseReasons", s.phaseReasons());
      out.writeObjectFieldStart("features");
      for (Map.Entry<String, Double> feature : s.features().entrySet()) {
        out.writeFieldName(feature.getKey());
        JsonColumns.writeExact(out, feature.getValue());
      }
      out.writeEndObject();
      number(out, "sentiment", s.sentiment());
      out.writeEndObject();
    }));
  }

  static EntrySnapshot entrySnapshot(JSONB json) {
    if (json == null) return null;
    JsonNode s = JsonColumns.tree(json, "an entry snapshot");
    Map<String, Double> features = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = s.get("features").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> feature = it.next();
      features.put(feature.getKey(), JsonColumns.readExact(feature.getValue()));
    }
    return new EntrySnapshot(Instant.parse(s.get("asOf").textValue()), text(s, "phase"), number(s, "phaseConfidence"),
        texts(s, "phaseReasons"), features, number(s, "sentiment"));
  }

  /** A list of texts as a JSON array, for the sync log's errors. */
  static JSONB textArray(List<String> texts) {
    return JSONB.valueOf(JsonColumns.render(16 + 48 * texts.size(), out -> {
      out.writeStartArray();
      for (String text : texts) out.writeString(text);
      out.writeEndArray();
    }));
  }

  static List<String> textArray(JSONB json) {
    List<String> texts = new ArrayList<>();
    for (JsonNode text : JsonColumns.tree(json, "a list of texts")) texts.add(text.textValue());
    return texts;
  }

  private static void text(JsonGenerator out, String field, String value) throws IOException {
    if (value != null) out.writeStringField(field, value);
  }

  private static void texts(JsonGenerator out, String field, List<String> values) throws IOException {
    out.writeArrayFieldStart(field);
    for (String value : values) out.writeString(value);
    out.writeEndArray();
  }

  private static void decimal(JsonGenerator out, String field, BigDecimal value) throws IOException {
    if (value != null) out.writeStringField(field, value.toString());
  }

  private static void number(JsonGenerator out, String field, Double value) throws IOException {
    if (value == null) return;
    out.writeFieldName(field);
    JsonColumns.writeExact(out, value);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? null : value.textValue();
  }

  private static List<String> texts(JsonNode node, String field) {
    JsonNode values = node.get(field);
    if (values == null) return List.of();
    List<String> texts = new ArrayList<>(values.size());
    for (JsonNode value : values) texts.add(value.textValue());
    return texts;
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? null : new BigDecimal(value.textValue());
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? null : value.intValue();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? null : JsonColumns.readExact(value);
  }
}
