package io.phasewise.application.market.service;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.OutlierRule;
import io.phasewise.domain.market.PriceSanity;
import io.phasewise.domain.shared.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of one import on their way to the store: checks each candle against the interval grid,
 * the time window and the price sanity of the asset's type, collects chunks sorted by key (unsorted
 * bulk upserts deadlock), rejects a second row with the same time and source inside a chunk, fills
 * in splits and dividends implied by provider-adjusted closes, flags outliers in time order within
 * each chunk (the judge carries over from one chunk to the next), and tallies the report, listing the
 * first rejected rows only ({@link FirstRejections}).
 */
final class ImportBatch {
  private static final Comparator<Good> BY_KEY =
      Comparator.comparing((Good g) -> g.candle().time()).thenComparing(g -> g.candle().source()).thenComparingLong(Good::line);

  private final String origin;
  private final Interval interval;
  private final int chunkSize;
  private final Function<List<Candle>, UpsertCount> store;
  private final Rules rules;
  private final OutlierRule.Judge judge;
  private final List<ImportReport.Outlier> outliers = new ArrayList<>();
  private final List<Good> chunk;
  private final FirstRejections rejected = new FirstRejections();
  private final InferredActions actions = new InferredActions();
  private UpsertCount stored = UpsertCount.NONE;
  private Instant earliestChanged;
  private long read;

  private record Good(long line, Candle candle) {}

  /** What every bar of the import is checked against: the asset's type, now, the time window and the outlier rule. */
  record Rules(AssetType type, Instant now, TimeWindow window, OutlierRule outliers) {}

  ImportBatch(String origin, Interval interval, int chunkSize, Rules rules, Function<List<Candle>, UpsertCount> store) {
    this.origin = origin;
    this.interval = interval;
    this.chunkSize = chunkSize;
    this.store = store;
    this.rules = rules;
    this.judge = rules.outliers().judge();
    this.chunk = new ArrayList<>(Math.min(chunkSize, 4096));
  }

  void accept(CandleRow row) {
    read++;
    if (row instanceof CandleRow.Rejected bad) {
      rejected.add(bad);
    } else if (row instanceof CandleRow.Good good) {
      if (!interval.isBoundary(good.candle().time())) {
        rejected.add(new CandleRow.Rejected(good.line(), "time " + good.candle().time() + " is not the open time of a "
            + interval.code() + " bar"));
        return;
      }
      Optional<String> problem = rules.window().problem(good.candle().time(), rules.now(), interval.length())
          .or(() -> PriceSanity.problem(rules.type(), good.candle()));
      if (problem.isPresent()) {
        rejected.add(new CandleRow.Rejected(good.line(), problem.get()));
        return;
      }
      chunk.add(new Good(good.line(), actions.fill(good.candle())));
      if (chunk.size() >= chunkSize) flush();
    }
  }

  /** Open time of the first candle of the earliest chunk that stored something new or changed; empty if none did. */
  Optional<Instant> earliestChanged() {
    return Optional.ofNullable(earliestChanged);
  }

  ImportReport finish() {
    flush();
    outliers.sort(Comparator.comparingLong(ImportReport.Outlier::line));
    return new ImportReport(origin, read, stored.inserted(), stored.updated(), stored.unchanged(), rejected.byLine(), outliers);
  }

  private void flush() {
    if (chunk.isEmpty()) return;
    chunk.sort(BY_KEY);
    List<Candle> unique = new ArrayList<>(chunk.size());
    Good previous = null;
    for (Good g : chunk) {
      if (previous != null && sameKey(previous.candle(), g.candle())) {
        rejected.add(new CandleRow.Rejected(g.line(), "duplicate time " + g.candle().time() + " for source "
            + g.candle().source() + ", first on line " + previous.line()));
        continue;
      }
      unique.add(g.candle());
      judge.next(g.candle().close().doubleValue())
          .ifPresent(why -> outliers.add(new ImportReport.Outlier(g.line(), g.candle().time(), why)));
      previous = g;
    }
    UpsertCount written = store.apply(unique);
    if (written.inserted() + written.updated() > 0) {
      Instant first = unique.get(0).time();
      if (earliestChanged == null || first.isBefore(earliestChanged)) earliestChanged = first;
    }
    stored = stored.plus(written);
    chunk.clear();
  }

  private static boolean sameKey(Candle a, Candle b) {
    return a.time().equals(b.time()) && a.source().equals(b.source());
  }
}
