package io.phasewise.adapters.rest.sentiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One observation to record, with the field names of sentiment files (CSV, JSON lines). Values are
 * checked by the use case; a missing or out-of-range value rejects the row, not the request.
 */
@Schema(name = "SentimentRow")
record SentimentRowJson(
    @Schema(oneOf = {Long.class, String.class}, example = "AAPL",
        description = "the asset: its id (a number) or its symbol (a string)") JsonNode asset,
    @Schema(oneOf = {Long.class, String.class}, example = "Reuters",
        description = "the sentiment source: its id (a number) or its name (a string)") JsonNode source,
    @JsonProperty("observed_at") @Schema(example = "2024-05-01T14:30:00Z",
        description = "ISO-8601 time with an offset, or epoch seconds") Instant observedAt,
    @Schema(description = "polarity from -1 to 1", example = "0.42") Double score,
    @Schema(description = "intensity, not negative; default 0", example = "1.5") Double magnitude,
    @Schema(description = "extra numbers by name", example = "{\"mentions\": 12}") Map<String, Double> features) {

  /** The row numbered {@code row}; an id that is not a positive whole number is a field error of element {@code index}. */
  SentimentRow toRow(long row, int index, FieldErrors errors) {
    return new SentimentRow(row, reference(asset, "[" + index + "].asset", errors),
        reference(source, "[" + index + "].source", errors), observedAt, score, magnitude, features);
  }

  private static Reference reference(JsonNode value, String field, FieldErrors errors) {
    if (value == null || value.isNull()) return null;
    if (value.isTextual()) return value.asText().isBlank() ? null : Reference.name(value.asText());
    if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() > 0) return Reference.id(value.asLong());
    errors.add(field, "must be an id (a positive whole number) or a name (a string), not " + value);
    return null;
  }
}
