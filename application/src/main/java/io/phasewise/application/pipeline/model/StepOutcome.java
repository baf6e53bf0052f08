package io.phasewise.application.pipeline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pipeline step did, for one asset or for the whole run: named counters (e.g. {@code written},
 * {@code transitions}), in the order the step names them, and the asset's phase when the step reads one.
 */
public record StepOutcome(Map<String, Long> counters, Optional<PhaseBrief> phase) {
  public static final StepOutcome NONE = new StepOutcome(Map.of(), Optional.empty());

  public StepOutcome {
    Objects.requireNonNull(phase, "phase");
    counters.forEach((name, count) -> {
      if (name.isBlank() || count < 0) throw new IllegalArgumentException("a counter is named and not negative: " + name + "=" + count);
    });
    counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
  }

  /** Counters only. */
  public static StepOutcome counting(Map<String, Long> counters) {
    return new StepOutcome(counters, Optional.empty());
  }

  /** The counter with this name, 0 when the step has none of that name. */
  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** The counters of {@code outcomes} added up by name, in the order they first appear; no phase. */
  public static StepOutcome total(List<StepOutcome> outcomes) {
    Map<String, Long> sum = new LinkedHashMap<>();
    outcomes.forEach(o -> o.counters().forEach((name, count) -> sum.merge(name, count, Long::sum)));
    return counting(sum);
  }
}
