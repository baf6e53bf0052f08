package io.phasewise.domain.research;

import io.phasewise.domain.market.TradingCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The evaluation run on seeded {@link RandomWalk}s, where no phase can carry information: the number of
 * walks on which a DEFECT-minus-COOP difference is flagged significant tells how often the harness cries
 * wolf. With 95% intervals about 1 walk in 20 per outcome is expected by chance; many more mean the
 * intervals are too narrow.
 *
 * @param walks the evaluation of every walk (named {@code walk 1}, {@code walk 2}, ...)
 */
public record NullCalibration(List<SeriesEvaluation> walks) {
  public NullCalibration {
    walks = List.copyOf(walks);
  }

  /** {@code evaluator} on {@code count} walks whose seeds are drawn from {@code seed}. */
  public static NullCalibration run(PhaseEvaluator evaluator, List<NamedClassifier> candidates, int count, long seed) {
    if (count < 0 || count > 1_000) throw new IllegalArgumentException("walks must be 0..1000: " + count);
    SplittableRandom seeds = new SplittableRandom(seed);
    List<SeriesEvaluation> walks = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      walks.add(evaluator.evaluate("walk " + i, RandomWalk.geometric(seeds.nextLong(), RandomWalk.BARS, RandomWalk.DAILY_VOLATILITY),
          TradingCalendar.STOCK, candidates));
    }
    return new NullCalibration(walks);
  }

  /** The walks on which candidate number {@code candidate} had a significant difference in {@code outcome}, either way. */
  public int flagged(int candidate, Outcome outcome) {
    return (int) walks.stream().filter(w -> w.candidates().get(candidate).difference(outcome).significant()).count();
  }

  /** The walks on which candidate number {@code candidate} had a significant difference in any outcome. */
  public int flaggedInAny(int candidate) {
    return (int) walks.stream().filter(w -> w.candidates().get(candidate).differences().values().stream().anyMatch(Difference::significant))
        .count();
  }
}
