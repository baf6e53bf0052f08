package io.phasewise.adapters.persistence.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.JSONB;

/**
 * The JSON columns of {@code pipeline_runs}: the outcomes per asset, each with its step results by step
 * name, and the run-wide step results in the order the steps ran, each naming its step (an array: a
 * jsonb object keeps no order, so the outcomes' steps are put back in this order when read). A step
 * result is {@code {"ok":true,"counters":{"written":12},"phase":{...},"elapsedMs":3}}, the phase only
 * when the step read one, {@code "ok":false} and a {@code "failure"} when it failed.
 */
final class PipelineRunJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PipelineRunJson() {}

  static JSONB outcomes(List<PipelineAssetOutcome> outcomes) {
    ArrayNode array = NODES.arrayNode();
    for (PipelineAssetOutcome o : outcomes) {
      ObjectNode node = array.addObject();
      node.put("asset", o.asset().value());
      node.put("symbol", o.symbol());
      node.set("steps", stepNodes(o.steps()));
    }
    return JSONB.valueOf(array.toString());
  }

  /** The outcomes, each asset's step results in the order of {@code steps} (the run's step names in order). */
  static List<PipelineAssetOutcome> outcomes(JSONB json, List<String> steps) {
    List<PipelineAssetOutcome> outcomes = new ArrayList<>();
    for (JsonNode node : JsonColumns.tree(json, "an array of pipeline outcomes")) {
      Map<String, StepResult> results = stepResults(node.get("steps"));
      Map<String, StepResult> ordered = new LinkedHashMap<>();
      steps.stream().filter(results::containsKey).forEach(step -> ordered.put(step, results.get(step)));
      ordered.putAll(results);
      outcomes.add(new PipelineAssetOutcome(AssetId.of(node.get("asset").asLong()), node.get("symbol").asText(), ordered));
    }
    return outcomes;
  }

  static JSONB steps(Map<String, StepResult> steps) {
    ArrayNode array = NODES.arrayNode();
    steps.forEach((name, result) -> array.addObject().put("step", name).setAll(result(result)));
    return JSONB.valueOf(array.toString());
  }

  static Map<String, StepResult> steps(JSONB json) {
    Map<String, StepResult> steps = new LinkedHashMap<>();
    JsonColumns.tree(json, "an array of step results").forEach(step -> steps.put(step.get("step").asText(), result(step)));
    return steps;
  }

  private static ObjectNode stepNodes(Map<String, StepResult> steps) {
    ObjectNode node = NODES.objectNode();
    steps.forEach((name, result) -> node.set(name, result(result)));
    return node;
  }

  private static Map<String, StepResult> stepResults(JsonNode node) {
    Map<String, StepResult> steps = new LinkedHashMap<>();
    node.fields().forEachRemaining(step -> steps.put(step.getKey(), result(step.getValue())));
    return steps;
  }

  private static ObjectNode result(StepResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("ok", result.ok());
    ObjectNode counters = node.putObject("counters");
    result.outcome().counters().forEach(counters::put);
    result.outcome().phase().ifPresent(brief -> {
      ObjectNode phase = node.putObject("phase");
      phase.put("phase", brief.phase().name());
      phase.put("confidence", brief.confidence());
      phase.put("summary", brief.summary());
      phase.put("asOf", brief.asOf().toString());
    });
    result.failure().ifPresent(failure -> node.put("failure", failure));
    node.put("elapsedMs", result.elapsed().toMillis());
    return node;
  }

  private static StepResult result(JsonNode node) {
    Map<String, Long> counters = new LinkedHashMap<>();
    node.get("counters").fields().forEachRemaining(c -> counters.put(c.getKey(), c.getValue().asLong()));
    JsonNode phase = node.get("phase");
    Optional<PhaseBrief> brief = phase == null ? Optional.empty()
        : Optional.of(new PhaseBrief(Phase.valueOf(phase.get("phase").asText()), phase.get("confidence").asDouble(),
            phase.get("summary").asText(), Instant.parse(phase.get("asOf").asText())));
    JsonNode failure = node.get("failure");
    return new StepResult(new StepOutcome(counters, brief), Optional.ofNullable(failure).map(JsonNode::asText),
        Duration.ofMillis(node.get("elapsedMs").asLong()));
  }
}
