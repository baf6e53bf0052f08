package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.csv.CsvLine;
import io.phasewise.domain.market.Candle;
import java.io.IOException;
import java.io.Writer;

/** Writes candles in the PHASEWISE CSV format, the one the candle import reads back unchanged. */
final class CandleCsv {
  static final String HEADER = "time,open,high,low,close,volume,adj_open,adj_high,adj_low,adj_close,adj_volume,"
      + "dividend_cash,split_factor,source";

  private CandleCsv() {}

  static void writeHeader(Writer out) throws IOException {
    out.write(HEADER + "\n");
  }

  static void writeRow(Candle c, Writer out) throws IOException {
    CsvLine row = new CsvLine(c.time()).decimal(c.open()).decimal(c.high()).decimal(c.low()).decimal(c.close())
        .decimal(c.volume());
    Candle.Adjusted a = c.adjusted();
    if (a == null) {
      row.decimal(null).decimal(null).decimal(null).decimal(null).decimal(null);
    } else {
      row.decimal(a.open()).decimal(a.high()).decimal(a.low()).decimal(a.close()).decimal(a.volume());
    }
    row.decimal(c.dividendCash()).decimal(c.splitFactor()).text(c.source()).writeTo(out);
  }
}
