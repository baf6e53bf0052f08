package io.phasewise.adapters.persistence.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.WebhookRound;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.JSONB;

/** The JSON columns of {@code pipeline_runs}: the outcomes per asset and the webhook round. */
final class PipelineRunJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PipelineRunJson() {}

  static JSONB outcomes(List<PipelineAssetOutcome> outcomes) {
    ArrayNode array = NODES.arrayNode();
    for (PipelineAssetOutcome o : outcomes) {
      ObjectNode node = array.addObject();
      node.put("asset", o.asset().value());
      node.put("symbol", o.symbol());
      node.put("snapshotsWritten", o.snapshotsWritten());
      if (o.phase().isEmpty()) {
        node.putNull("phase");
      } else {
        PhaseBrief brief = o.phase().get();
        ObjectNode phase = node.putObject("phase");
        phase.put("phase", brief.phase().name());
        phase.put("confidence", brief.confidence());
        phase.put("summary", brief.summary());
        phase.put("asOf", brief.asOf().toString());
      }
      node.put("transitionsWritten", o.transitionsWritten());
      node.put("eventsEmitted", o.eventsEmitted());
      ArrayNode failures = node.putArray("failures");
      o.failures().forEach(failures::add);
    }
    return JSONB.valueOf(array.toString());
  }

  static List<PipelineAssetOutcome> outcomes(JSONB json) {
    List<PipelineAssetOutcome> outcomes = new ArrayList<>();
    for (JsonNode node : JsonColumns.tree(json, "an array of pipeline outcomes")) {
      List<String> failures = new ArrayList<>();
      node.get("failures").forEach(f -> failures.add(f.asText()));
      JsonNode phase = node.get("phase");
      Optional<PhaseBrief> brief = phase.isNull() ? Optional.empty()
          : Optional.of(new PhaseBrief(Phase.valueOf(phase.get("phase").asText()), phase.get("confidence").asDouble(),
              phase.get("summary").asText(), Instant.parse(phase.get("asOf").asText())));
      outcomes.add(new PipelineAssetOutcome(AssetId.of(node.get("asset").asLong()), node.get("symbol").asText(),
          node.get("snapshotsWritten").asLong(), brief, node.get("transitionsWritten").asInt(),
          node.get("eventsEmitted").asInt(), failures));
    }
    return outcomes;
  }

  static JSONB webhooks(WebhookRound round) {
    ObjectNode node = NODES.objectNode();
    node.put("events", round.events());
    node.put("deliveries", round.deliveries());
    node.put("attempted", round.attempted());
    node.put("delivered", round.delivered());
    node.put("retrying", round.retrying());
    node.put("failed", round.failed());
    return JSONB.valueOf(node.toString());
  }

  static WebhookRound webhooks(JSONB json) {
    JsonNode node = JsonColumns.tree(json, "a webhook round");
    return new WebhookRound(node.get("events").asInt(), node.get("deliveries").asInt(), node.get("attempted").asInt(),
        node.get("delivered").asInt(), node.get("retrying").asInt(), node.get("failed").asInt());
  }
}
