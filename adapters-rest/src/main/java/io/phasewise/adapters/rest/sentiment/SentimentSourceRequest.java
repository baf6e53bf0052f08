package io.phasewise.adapters.rest.sentiment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** A sentiment source to register; the use case's command checks every field and names each bad one. */
@Schema(name = "SentimentSourceRequest")
record SentimentSourceRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Reuters", description = "unique, in any case") String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"news", "social", "forum"}) String channel,
    @Schema(allowableValues = {"A", "B", "C"}, description = "reliability tier; default B") String tier,
    @Schema(description = "free facts about the source, name to text") Map<String, String> meta) {}
