package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.domain.phase.Reason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One piece of evidence behind a phase: the number, what it is compared with, the phase it argues for, how strongly, in words. */
@Schema(name = "PhaseReason")
record ReasonJson(
    @Schema(example = "close_vs_sma50") String key,
    @Schema(description = "the measured number; null when not a finite number", example = "-0.124") Double value,
    @Schema(description = "the reference it is compared with", example = "0") Double threshold,
    @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}) String supports,
    @Schema(description = "0 (not at all) to 1 (fully)") double strength,
    @Schema(example = "close 12.4% below SMA50") String text) {

  static ReasonJson of(Reason r) {
    return new ReasonJson(r.key(), JsonNumbers.orNull(r.value()), JsonNumbers.orNull(r.threshold()), r.supports().code(),
        r.strength(), r.text());
  }

  static List<ReasonJson> of(List<Reason> reasons) {
    return reasons.stream().map(ReasonJson::of).toList();
  }
}
