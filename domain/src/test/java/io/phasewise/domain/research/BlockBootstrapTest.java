package io.phasewise.domain.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockBootstrapTest {

  /** Hostile in alternating spells of 50 bars; values noise with sd 1, plus {@code shift} on hostile bars. */
  private static Difference shifted(long seed, double shift, int blockLength) {
    int m = 3000;
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[m];
    boolean[] hostile = new boolean[m];
    boolean[] favourable = new boolean[m];
    for (int t = 0; t < m; t++) {
      hostile[t] = t / 50 % 2 == 1;
      favourable[t] = !hostile[t];
      values[t] = random.nextGaussian() + (hostile[t] ? shift : 0);
    }
    return new BlockBootstrap(blockLength, 1000, seed).differences(new double[][] {values}, hostile, favourable)[0];
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aKnownShiftIsFoundWithAnIntervalAroundIt(long seed) {
    Difference found = shifted(seed, 0.5, 20);

    assertThat(found.estimate()).as("seed %d", seed).isCloseTo(0.5, within(0.15));
    assertThat(found.low()).as("seed %d", seed).isGreaterThan(0).isLessThan(found.estimate());
    assertThat(found.high()).as("seed %d", seed).isGreaterThan(found.estimate()).isLessThan(1);
    assertThat(found.verdict(Outcome.VOLATILITY)).isEqualTo(Difference.Verdict.WORSE);
    assertThat(found.verdict(Outcome.RETURN)).isEqualTo(Difference.Verdict.BETTER);
    assertThat(found.hostileBars() + found.favourableBars()).isEqualTo(3000);
  }

  @Test
  void withoutAShiftTheIntervalIncludesZeroForMostSeeds() {
    int excluded = 0;
    for (long seed = 1; seed <= 40; seed++) {
      if (shifted(seed, 0, 20).significant()) excluded++;
    }
    assertThat(excluded).isLessThanOrEqualTo(6);
  }

  @Test
  void theSameSeedDrawsTheSameInterval() {
    assertThat(shifted(9, 0.2, 25)).isEqualTo(shifted(9, 0.2, 25));
  }

  @Test
  void anEmptyGroupGivesNoEstimateAndNoInterval() {
    double[][] values = {{1, 2, 3, 4}};
    Difference none = new BlockBootstrap(2, 100, 1).differences(values, new boolean[4], new boolean[] {true, true, true, true})[0];

    assertThat(none.estimate()).isNaN();
    assertThat(none.low()).isNaN();
    assertThat(none.significant()).isFalse();
    assertThat(none.verdict(Outcome.DRAWDOWN)).isEqualTo(Difference.Verdict.NONE);
  }

  @Test
  void quantilesInterpolateBetweenNeighbours() {
    double[] sorted = {0, 10, 20, 30, 40};
    assertThat(BlockBootstrap.quantile(sorted, 0.5)).isEqualTo(20);
    assertThat(BlockBootstrap.quantile(sorted, 0.025)).isCloseTo(1, within(1e-12));
    assertThat(BlockBootstrap.quantile(sorted, 0.975)).isCloseTo(39, within(1e-12));
  }
}
