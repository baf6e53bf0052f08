package io.phasewise.adapters.providers.csv;

/**
 * The line on which each bar open time first appeared, for duplicate detection while streaming.
 * Open addressing over primitive arrays, at most two thirds full: 24 to 48 bytes per distinct time,
 * less than the text of the rows it indexes, and no boxing.
 */
final class TimeIndex {

  private long[] times = new long[1024];
  private long[] lines = new long[1024]; // 0 marks a free slot: lines are 1-based
  private int size;

  /** The line that first used {@code epochMillis}; 0 if none did, in which case {@code line} is recorded as the first. */
  long putIfAbsent(long epochMillis, long line) {
    int mask = times.length - 1;
    for (int slot = slot(epochMillis, mask); ; slot = (slot + 1) & mask) {
      if (lines[slot] == 0) {
        times[slot] = epochMillis;
        lines[slot] = line;
        if (++size * 3 > times.length * 2) grow();
        return 0;
      }
      if (times[slot] == epochMillis) return lines[slot];
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldTimes = times;
    long[] oldLines = lines;
    times = new long[oldTimes.length * 2];
    lines = new long[oldLines.length * 2];
    int mask = times.length - 1;
    for (int i = 0; i < oldTimes.length; i++) {
      if (oldLines[i] == 0) continue;
      int slot = slot(oldTimes[i], mask);
      while (lines[slot] != 0) slot = (slot + 1) & mask;
      times[slot] = oldTimes[i];
      lines[slot] = oldLines[i];
    }
  }
}
