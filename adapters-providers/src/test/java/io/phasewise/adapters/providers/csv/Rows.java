package io.phasewise.adapters.providers.csv;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: CSV text as a stream, and every row of a feed. */
final class Rows {

  private Rows() {}

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the feed to its end and closes it. */
  static List<CandleRow> all(CandleFeed feed) {
    try (feed) {
      List<CandleRow> rows = new ArrayList<>();
      CandleRow row;
      while ((row = feed.next()) != null) rows.add(row);
      return rows;
    }
  }

  static List<CandleRow.Rejected> rejected(List<CandleRow> rows) {
    return rows.stream().filter(CandleRow.Rejected.class::isInstance).map(CandleRow.Rejected.class::cast).toList();
  }

  static List<CandleRow.Good> good(List<CandleRow> rows) {
    return rows.stream().filter(CandleRow.Good.class::isInstance).map(CandleRow.Good.class::cast).toList();
  }
}
