package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.csv.CsvLine;
import io.phasewise.adapters.rest.paging.PagedItems;
import io.phasewise.application.shared.Page;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.snapshot.FeatureVector;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Training rows as CSV, page after page: asset, time, close, the fixed features, then one column per
 * extra feature present in the download, by name; a value still warming up is an empty cell.
 */
final class FeatureCsv implements CsvDownload.Content {
  private static final List<String> FIXED_COLUMNS = List.of("asset", "time", "close", "ret_1d", "ret_5d", "ret_20d",
      "rsi_14", "momentum_5d", "vol_20d", "atr_14", "volume_zscore");

  private final Page<TrainingRow> first;
  private final PagedItems.NextPage<TrainingRow> next;

  /** {@code first} is read before the response starts, so failures become problems. */
  FeatureCsv(Page<TrainingRow> first, PagedItems.NextPage<TrainingRow> next) {
    this.first = first;
    this.next = next;
  }

  @Override
  public void write(Writer out) throws IOException {
    // the header must name every extra of every row, so a first pass over the pages collects the names
    SortedSet<String> extras = new TreeSet<>();
    PagedItems.forEach(first, next, row -> extras.addAll(row.features().extras().keySet()));
    List<String> header = new ArrayList<>(FIXED_COLUMNS);
    header.addAll(extras);
    CsvLine.header(header).writeTo(out);
    PagedItems.forEach(first, next, row -> line(row, extras).writeTo(out));
  }

  private static CsvLine line(TrainingRow row, Collection<String> extras) {
    FeatureVector f = row.features();
    CsvLine line = new CsvLine(f.asset()).text(f.barTime().toString()).number(row.close())
        .number(f.ret1d()).number(f.ret5d()).number(f.ret20d()).number(f.rsi14()).number(f.momentum5d())
        .number(f.vol20d()).number(f.atr14()).number(f.volumeZScore());
    for (String name : extras) line.number(f.extras().getOrDefault(name, Double.NaN));
    return line;
  }
}
