package io.phasewise.domain.phase;

import java.util.function.Predicate;

/**
 * Whether breakdown, recovery and cooperative bars (as {@link BarConditions} without sentiment decides
 * them) have run for at least so many bars up to and including the current one: what {@link PhaseRule}
 * reads for persistence, carried along a replay ({@link Carried}) or counted back through the history
 * ({@link CountedBack}).
 */
interface ConditionRuns {

  boolean breakdown(int bars);

  boolean recovery(int bars);

  boolean cooperative(int bars);

  /** The run lengths of a replay, moved on bar by bar. */
  final class Carried implements ConditionRuns {
    private int breakdown;
    private int recovery;
    private int cooperative;

    /** Moves the runs on to the next bar: each is extended by that bar's condition or reset. */
    void advance(BarConditions bar) {
      breakdown = bar.breakdown ? breakdown + 1 : 0;
      recovery = bar.recovery ? recovery + 1 : 0;
      cooperative = bar.cooperative ? cooperative + 1 : 0;
    }

    @Override
    public boolean breakdown(int bars) {
      return breakdown >= bars;
    }

    @Override
    public boolean recovery(int bars) {
      return recovery >= bars;
    }

    @Override
    public boolean cooperative(int bars) {
      return cooperative >= bars;
    }
  }

  /** The runs at the current bar of a history, counted back bar by bar when asked, only as far as asked. */
  final class CountedBack implements ConditionRuns {
    private final SnapshotHistory history;
    private final BarConditions bars;

    /** {@code bars} is a core on the frame of {@code history}, for this use only (its fields are overwritten). */
    CountedBack(SnapshotHistory history, BarConditions bars) {
      this.history = history;
      this.bars = bars;
    }

    @Override
    public boolean breakdown(int bars) {
      return lasted(bars, b -> b.breakdown);
    }

    @Override
    public boolean recovery(int bars) {
      return lasted(bars, b -> b.recovery);
    }

    @Override
    public boolean cooperative(int bars) {
      return lasted(bars, b -> b.cooperative);
    }

    private boolean lasted(int count, Predicate<BarConditions> condition) {
      if (count > history.bars()) return false;
      for (int lag = 0; lag < count; lag++) {
        if (!condition.test(bars.at(history.barIndex(lag), SentimentInput.NONE))) return false;
      }
      return true;
    }
  }
}
