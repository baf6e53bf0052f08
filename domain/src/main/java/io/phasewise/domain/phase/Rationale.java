package io.phasewise.domain.phase;

import java.util.List;
import java.util.Objects;

/**
 * Why an asset is in its phase: the reasons (those supporting the phase first: a crash shock or the
 * recovery signs of a forgiveness, then by strength), and a one-line
 * summary for a tooltip.
 */
public record Rationale(List<Reason> reasons, String summary) {
  public Rationale {
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(summary, "summary");
  }
}
