package io.phasewise.domain.research;

import io.phasewise.domain.phase.PhaseClassifier;
import java.util.Objects;

/** A classifier under evaluation with the name the report shows for it. */
public record NamedClassifier(String name, PhaseClassifier classifier) {
  public NamedClassifier {
    Objects.requireNonNull(classifier, "classifier");
    if (name == null || name.isBlank()) throw new IllegalArgumentException("a candidate needs a name");
  }
}
