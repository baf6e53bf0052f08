package io.phasewise.application.sentiment.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of sentiment observations as a client or a file gave it, before it is checked: values the
 * row left out are {@code null}. The recording use case resolves the asset and source it names and
 * checks every value, rejecting the row with one problem per bad field.
 *
 * @param row where the row came from: the line in a file (a CSV header is line 1), or the position of
 *     an element in a request, counted from 1
 * @param score polarity, must be within −1..1
 * @param magnitude intensity, not negative; {@code null} means 0
 * @param features extra numbers by name; {@code null} means none
 */
public record SentimentRow(long row, Reference asset, Reference source, Instant observedAt, Double score,
    Double magnitude, Map<String, Double> features) {

  public SentimentRow {
    if (row < 1) throw new IllegalArgumentException("row numbers start at 1: " + row);
    // not Map.copyOf: a feature without a value is a problem of the row, reported, not a bug
    features = features == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(features));
  }
}
