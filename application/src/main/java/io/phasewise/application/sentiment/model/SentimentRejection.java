package io.phasewise.application.sentiment.model;

import java.util.Objects;

/**
 * One problem that kept a row of observations from being stored: the row, the field at fault and
 * what is wrong, e.g. {@code row 3: score: 1.7 is outside -1..1}. A row may have several.
 *
 * @param field the row's field ({@code asset}, {@code score}, {@code features.mentions}, ...), or
 *     {@code csv}/{@code json} when the row could not be read at all
 */
public record SentimentRejection(long row, String field, String problem) {
  public SentimentRejection {
    if (row < 1) throw new IllegalArgumentException("row numbers start at 1: " + row);
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return "row " + row + ": " + field + ": " + problem;
  }
}
