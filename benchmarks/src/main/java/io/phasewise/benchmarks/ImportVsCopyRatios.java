package io.phasewise.benchmarks;

import java.util.Locale;

/**
 * The outcome of an import-vs-COPY run: mean milliseconds per {@value MinuteBars#ROWS} rows of each
 * path, and how close each Phasewise import comes to the raw COPY (raw time / Phasewise time).
 */
record ImportVsCopyRatios(double newRowsMillis, double reimportMillis, double rawCopyMillis) {
  static final double NEW_ROWS_TARGET = 0.5;
  static final double REIMPORT_TARGET = 0.3;

  double newRowsRatio() {
    return rawCopyMillis / newRowsMillis;
  }

  double reimportRatio() {
    return rawCopyMillis / reimportMillis;
  }

  /** A few lines for a terminal: each path's time and rows per second, then both ratios against their targets. */
  String report() {
    return line("phasewiseImportNewRows", newRowsMillis) + line("phasewiseReimportUnchanged", reimportMillis)
        + line("rawCopy", rawCopyMillis)
        + ratio("new-rows ratio (rawCopy / phasewiseImportNewRows)", newRowsRatio(), NEW_ROWS_TARGET)
        + ratio("re-import ratio (rawCopy / phasewiseReimportUnchanged)", reimportRatio(), REIMPORT_TARGET);
  }

  private static String line(String path, double millis) {
    return String.format(Locale.ROOT, "%-28s %9.0f ms per %,d rows  %,12.0f rows/s%n", path, millis, MinuteBars.ROWS,
        MinuteBars.ROWS / (millis / 1000));
  }

  private static String ratio(String name, double value, double target) {
    return String.format(Locale.ROOT, "%-56s %.2f (target >= %.1f: %s)%n", name, value, target,
        value >= target ? "met" : "MISSED");
  }
}
