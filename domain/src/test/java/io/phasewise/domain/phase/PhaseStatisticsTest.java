package io.phasewise.domain.phase;

import static io.phasewise.domain.phase.Phase.COOP;
import static io.phasewise.domain.phase.Phase.DEFECT;
import static io.phasewise.domain.phase.Phase.FORGIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.phase.PhaseStatistics.Spell;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PhaseStatistics} on small hand-made timelines whose figures are counted by hand. */
class PhaseStatisticsTest {
  private static final long DAY = 86_400_000L;

  /** Daily bars from {@code start}, one per phase given. */
  private static PhaseStatistics daily(String start, Phase... phases) {
    long first = LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    long[] openTimes = new long[phases.length];
    for (int i = 0; i < phases.length; i++) openTimes[i] = first + i * DAY;
    return PhaseStatistics.of(openTimes, phases);
  }

  @Test
  void spellsRunFromChangeToChangeAndOnlyTheLastIsOpen() {
    PhaseStatistics stats = daily("2021-03-01", COOP, COOP, DEFECT, DEFECT, DEFECT, FORGIVE, COOP, COOP);

    assertThat(stats.spells()).containsExactly(new Spell(COOP, 0, 2, true), new Spell(DEFECT, 2, 5, true),
        new Spell(FORGIVE, 5, 6, true), new Spell(COOP, 6, 8, false));
    assertThat(stats.spellBars(COOP)).containsExactly(2);
    assertThat(stats.spellBars(DEFECT)).containsExactly(3);
    assertThat(stats.spellDays(DEFECT)).containsExactly(3.0);
    assertThat(stats.medianBarsIn(FORGIVE)).isEqualTo(1);
    assertThat(stats.medianBarsInAnyPhase()).isEqualTo(2);
  }

  @Test
  void mediansOfEvenCountsAverageTheMiddleTwoAndNoCompletedSpellIsNaN() {
    PhaseStatistics stats = daily("2021-03-01", COOP, DEFECT, DEFECT, COOP, COOP, COOP, COOP, DEFECT, FORGIVE);

    assertThat(stats.spellBars(COOP)).containsExactly(1, 4);
    assertThat(stats.medianBarsIn(COOP)).isEqualTo(2.5);
    assertThat(stats.medianDaysIn(COOP)).isEqualTo(2.5);
    assertThat(stats.medianBarsIn(FORGIVE)).as("the FORGIVE spell is still open").isNaN();
    assertThat(stats.medianBarsInAnyPhase()).isEqualTo(1.5); // completed: 1, 2, 4, 1
  }

  @Test
  void changesAreCountedInTheYearOfTheBarThatDecidedThem() {
    // 2020-12-30 .. 2022-01-02: changes at bars 2 (2021-01-01) and 368 (2022-01-02); none in between.
    Phase[] phases = new Phase[369];
    for (int i = 0; i < phases.length; i++) phases[i] = i < 2 ? COOP : i < 368 ? DEFECT : FORGIVE;
    PhaseStatistics stats = daily("2020-12-30", phases);

    assertThat(stats.transitionsPerYear()).containsExactly(Map.entry(2020, 0), Map.entry(2021, 1), Map.entry(2022, 1));
    assertThat(stats.transitionsPerYearAverage()).isCloseTo(2 / (368 / 365.25), within(1e-12));
  }

  @Test
  void sharesCountBarsInAPhaseOverARange() {
    PhaseStatistics stats = daily("2021-03-01", COOP, DEFECT, DEFECT, COOP, DEFECT);

    assertThat(stats.share(DEFECT)).isEqualTo(0.6);
    assertThat(stats.share(DEFECT, 1, 4)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(stats.share(FORGIVE)).isZero();
    assertThat(stats.firstEntry(DEFECT, 2, 5)).hasValue(4);
    assertThat(stats.firstEntry(COOP, 0, 5)).hasValue(0);
    assertThat(stats.firstEntry(FORGIVE, 0, 5)).isEmpty();
  }

  @Test
  void aSingleBarOrNoneHasNoChanges() {
    assertThat(daily("2021-03-01", COOP).transitionsPerYear()).containsExactly(Map.entry(2021, 0));
    assertThat(daily("2021-03-01", COOP).transitionsPerYearAverage()).isZero();
    assertThat(daily("2021-03-01").spells()).isEmpty();
    assertThat(daily("2021-03-01").transitionsPerYear()).isEmpty();
    assertThat(daily("2021-03-01").medianBarsInAnyPhase()).isNaN();
  }

  @Test
  void barsMustMoveForwardInTime() {
    assertThatThrownBy(() -> PhaseStatistics.of(new long[] {2, 1}, new Phase[] {COOP, COOP}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhaseStatistics.of(new long[] {1}, new Phase[] {COOP, COOP}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
