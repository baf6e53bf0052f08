package io.phasewise.domain.research;

import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.TitForTatClassifier;
import java.util.List;
import java.util.Objects;

/** A classifier under evaluation with the name the report shows for it. */
public record NamedClassifier(String name, PhaseClassifier classifier) {
  /** The name of the shipped Tit-for-Tat classifier in reports. */
  public static final String TIT_FOR_TAT = "tit-for-tat";

  /** The shipped classifier and the naive baseline, in that order. */
  public static List<NamedClassifier> shipped() {
    return List.of(new NamedClassifier(TIT_FOR_TAT, TitForTatClassifier.standard()),
        new NamedClassifier(TrendFilterClassifier.NAME, new TrendFilterClassifier()));
  }

  public NamedClassifier {
    Objects.requireNonNull(classifier, "classifier");
    if (name == null || name.isBlank()) throw new IllegalArgumentException("a candidate needs a name");
  }
}
