package io.phasewise.application.market.service;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The rejected rows an import lists: the {@link ImportReport#LISTED_REJECTIONS} with the lowest lines,
 * in bounded memory however many rows a file has (rows come mostly in line order, duplicates found
 * later in their chunk).
 */
final class FirstRejections {
  private static final Comparator<CandleRow.Rejected> BY_LINE = Comparator.comparingLong(CandleRow.Rejected::line);
  private final PriorityQueue<CandleRow.Rejected> highestFirst = new PriorityQueue<>(BY_LINE.reversed());

  void add(CandleRow.Rejected row) {
    highestFirst.add(row);
    if (highestFirst.size() > ImportReport.LISTED_REJECTIONS) highestFirst.poll();
  }

  List<CandleRow.Rejected> byLine() {
    return highestFirst.stream().sorted(BY_LINE).toList();
  }
}
