package io.phasewise.application.sentiment.port.in;

import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Command: record these rows of observations (any assets, any order), reporting the rows of
 * {@code unreadable} (which a file reader could not parse) as rejected alongside. Row numbers are
 * unique among the rows, and no unreadable row is also among the rows.
 *
 * @param origin where the rows come from, for the report: a file name, "request body"
 */
public record RecordSentimentCommand(String origin, List<SentimentRow> rows, List<SentimentRejection> unreadable) {
  public RecordSentimentCommand {
    Objects.requireNonNull(origin, "origin");
    rows = List.copyOf(rows);
    unreadable = List.copyOf(unreadable);
    Set<Long> numbers = new HashSet<>();
    for (SentimentRow row : rows) {
      if (!numbers.add(row.row())) throw new IllegalArgumentException("two rows are numbered " + row.row());
    }
    for (SentimentRejection problem : unreadable) {
      if (numbers.contains(problem.row())) {
        throw new IllegalArgumentException("row " + problem.row() + " is both readable and unreadable");
      }
    }
  }

  /** Rows with nothing unreadable. */
  public RecordSentimentCommand(String origin, List<SentimentRow> rows) {
    this(origin, rows, List.of());
  }
}
