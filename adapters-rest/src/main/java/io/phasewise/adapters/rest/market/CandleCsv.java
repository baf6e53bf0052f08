package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.csv.CsvLine;
import io.phasewise.application.market.model.CandleCsvColumns;
import io.phasewise.domain.market.Candle;
import java.io.IOException;
import java.io.Writer;

/** Writes candles in the PHASEWISE CSV format ({@link CandleCsvColumns}), the one the candle import reads back unchanged. */
final class CandleCsv {
  private CandleCsv() {}

  static void writeHeader(Writer out) throws IOException {
    out.write(CandleCsvColumns.HEADER + "\n");
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
