package io.phasewise.adapters.rest.market;

import io.phasewise.domain.market.Candle;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** Writes candles in the PHASEWISE CSV format, the one the candle import reads back unchanged. */
final class CandleCsv {
  static final String HEADER = "time,open,high,low,close,volume,adj_open,adj_high,adj_low,adj_close,adj_volume,"
      + "dividend_cash,split_factor,source";

  private CandleCsv() {}

  static void writeHeader(Writer out) throws IOException {
    out.write(HEADER + "\n");
  }

  static void writeRow(Candle c, Writer out) throws IOException {
    StringBuilder row = new StringBuilder(160).append(c.time());
    cells(row, c.open(), c.high(), c.low(), c.close(), c.volume());
    Candle.Adjusted a = c.adjusted();
    if (a == null) {
      row.append(",,,,,");
    } else {
      cells(row, a.open(), a.high(), a.low(), a.close(), a.volume());
    }
    cells(row, c.dividendCash(), c.splitFactor());
    row.append(',').append(quoted(c.source())).append('\n');
    out.append(row);
  }

  private static void cells(StringBuilder row, BigDecimal... values) {
    for (BigDecimal value : values) row.append(',').append(value == null ? "" : value.toPlainString());
  }

  /** RFC 4180: a cell holding a comma, quote or line break is quoted, inner quotes doubled. */
  private static String quoted(String text) {
    boolean plain = text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
  }
}
