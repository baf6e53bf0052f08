package io.phasewise.application.sentiment.model;

import java.util.List;
import java.util.Objects;

/**
 * What a sentiment file held: the rows that could be parsed and the problems of those that could not,
 * each with its line number. Values a row leaves out are {@code null} in its {@link SentimentRow}.
 */
public record SentimentFile(String origin, List<SentimentRow> rows, List<SentimentRejection> unreadable) {
  public SentimentFile {
    Objects.requireNonNull(origin, "origin");
    rows = List.copyOf(rows);
    unreadable = List.copyOf(unreadable);
  }
}
