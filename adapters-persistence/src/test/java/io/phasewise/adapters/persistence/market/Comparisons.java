package io.phasewise.adapters.persistence.market;

import java.math.BigDecimal;
import java.util.Comparator;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/** How tests compare what they stored with what they read: decimals by value, not by scale. */
final class Comparisons {
  static final RecursiveComparisonConfiguration EXACT_DECIMALS = RecursiveComparisonConfiguration.builder()
      .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
      .build();

  private Comparisons() {}
}
