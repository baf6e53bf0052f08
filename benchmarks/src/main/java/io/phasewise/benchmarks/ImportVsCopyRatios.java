package io.phasewise.benchmarks;

import java.util.Locale;

/**
 * The outcome of an import-vs-COPY run by one statistic of the measured operations: milliseconds per
 * {@value MinuteBars#ROWS} rows of each path, and how close each Phasewise import comes to the raw COPY
 * (raw time / Phasewise time).
 *
 * @param statistic which one, e.g. "median"
 * @param rawCopyMillis COPY into a copy of {@code candles} without its foreign key: the baseline
 * @param rawCopyWithForeignKeyMillis the same COPY with the foreign key, which Phasewise's table has
 */
record ImportVsCopyRatios(String statistic, double newRowsMillis, double reimportMillis, double rawCopyMillis,
    double rawCopyWithForeignKeyMillis) {
  static final double NEW_ROWS_TARGET = 0.5;
  static final double REIMPORT_TARGET = 0.3;

  /** A few lines for a terminal: each path's time and rows per second, then the ratios, against their targets. */
  String report() {
    return statistic + ":" + System.lineSeparator() + line("phasewiseImportNewRows", newRowsMillis) + line("phasewiseReimportUnchanged", reimportMillis)
        + line("rawCopy", rawCopyMillis) + line("rawCopy, with foreign key", rawCopyWithForeignKeyMillis)
        + JmhRuns.atLeast("new-rows ratio   rawCopy / phasewiseImportNewRows", rawCopyMillis / newRowsMillis, NEW_ROWS_TARGET)
        + JmhRuns.atLeast("re-import ratio  rawCopy / phasewiseReimportUnchanged", rawCopyMillis / reimportMillis,
            REIMPORT_TARGET)
        + String.format(Locale.ROOT, "%-58s %.2f (the same table: no target)%n",
            "rawCopy with foreign key / phasewiseImportNewRows", rawCopyWithForeignKeyMillis / newRowsMillis);
  }

  private static String line(String path, double millis) {
    return String.format(Locale.ROOT, "%-28s %9.0f ms per %,d rows %,12.0f rows/s%n", path, millis, MinuteBars.ROWS,
        MinuteBars.ROWS / (millis / 1000));
  }
}
