package io.phasewise.adapters.rest.indicator;

import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.csv.CsvLine;
import io.phasewise.application.indicator.port.in.IndicatorSeries;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** An indicator series as CSV: {@code time} and one column per output, empty while warming up. */
final class IndicatorCsv implements CsvDownload.Content {
  private final IndicatorSeries series;

  IndicatorCsv(IndicatorSeries series) {
    this.series = series;
  }

  @Override
  public void write(Writer out) throws IOException {
    List<String> header = new ArrayList<>(List.of("time"));
    header.addAll(series.outputs());
    CsvLine.header(header).writeTo(out);
    for (int i = 0; i < series.size(); i++) {
      CsvLine row = new CsvLine(series.barTime(i));
      for (double[] column : series.columns()) row.number(column[i]);
      row.writeTo(out);
    }
  }

  /** {@code asset-7-rsi-1d.csv}. */
  String filename() {
    return "asset-" + series.asset() + "-" + series.name() + "-" + series.interval().code() + ".csv";
  }
}
