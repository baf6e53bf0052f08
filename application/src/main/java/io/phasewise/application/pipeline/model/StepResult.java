package io.phasewise.application.pipeline.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A step's result as a run records it, for one asset or for the whole run: what it did, why it failed
 * if it did (what it did before failing is kept), and how long it took, in whole milliseconds.
 */
public record StepResult(StepOutcome outcome, Optional<String> failure, Duration elapsed) {

  public StepResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(failure, "failure");
    if (failure.isPresent() && failure.get().isBlank()) throw new IllegalArgumentException("a failure must say what failed");
    elapsed = elapsed.truncatedTo(ChronoUnit.MILLIS);
  }

  public static StepResult ok(StepOutcome outcome, Duration elapsed) {
    return new StepResult(outcome, Optional.empty(), elapsed);
  }

  public static StepResult failed(String failure, Duration elapsed) {
    return new StepResult(StepOutcome.NONE, Optional.of(failure), elapsed);
  }

  public boolean ok() {
    return failure.isEmpty();
  }

  /**
   * The failures of {@code steps} (results by step name) in one line: each {@code "<step>: <why>"},
   * separated by {@code "; "}; null when none failed.
   */
  public static String failures(Map<String, StepResult> steps) {
    String failures = failed(steps).collect(Collectors.joining("; "));
    return failures.isEmpty() ? null : failures;
  }

  /** The failures of {@code steps} (results by step name), each {@code "<step>: <why>"}, in the map's order. */
  static Stream<String> failed(Map<String, StepResult> steps) {
    return steps.entrySet().stream().filter(s -> !s.getValue().ok())
        .map(s -> s.getKey() + ": " + s.getValue().failure().orElseThrow());
  }
}
