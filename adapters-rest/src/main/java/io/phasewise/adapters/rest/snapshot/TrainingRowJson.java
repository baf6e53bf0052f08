package io.phasewise.adapters.rest.snapshot;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.snapshot.FeatureVector;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One row of model-training data: an asset's bar, its close and its features side by side. */
@Schema(name = "TrainingRow")
record TrainingRowJson(
    long asset,
    @Schema(description = "open time of the bar, UTC", example = "2024-01-02T00:00:00Z") Instant time,
    @Schema(description = "the bar's close") Double close,
    @JsonUnwrapped FeatureVectorJson features) {

  static TrainingRowJson of(TrainingRow row) {
    FeatureVector f = row.features();
    return new TrainingRowJson(f.asset().value(), f.barTime(), JsonNumbers.orNull(row.close()), FeatureVectorJson.of(f));
  }
}
