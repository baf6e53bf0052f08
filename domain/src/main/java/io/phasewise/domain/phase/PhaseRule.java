package io.phasewise.domain.phase;

/**
 * The transition rule of {@link TitForTatClassifier}: the phase of a bar from the phase before it,
 * how many bars that was held, the bar's conditions and the runs of condition bars ending at it.
 */
final class PhaseRule {
  private final TitForTatRules rules;

  PhaseRule(TitForTatRules rules) {
    this.rules = rules;
  }

  /**
   * The phase of the bar of {@code now}, given the phase of the bar before ({@code null} for a first
   * bar) held for {@code barsInPrevious} bars. Of {@code now} it reads whether it is warm, its shock
   * and (on a first bar only) its breakdown.
   */
  Phase next(Phase previous, int barsInPrevious, BarConditions now, ConditionRuns runs) {
    if (!now.warm) return previous == null ? Phase.COOP : previous;
    if (previous == null) return now.shock || now.breakdown ? Phase.DEFECT : Phase.COOP;
    if (barsInPrevious < rules.minDwellBars()) return now.shock && previous != Phase.DEFECT ? Phase.DEFECT : previous;
    return switch (previous) {
      case COOP -> now.shock || runs.breakdown(rules.defectBars()) ? Phase.DEFECT : Phase.COOP;
      case DEFECT -> !now.shock && runs.recovery(rules.forgiveBars()) ? Phase.FORGIVE : Phase.DEFECT;
      case FORGIVE -> {
        if (now.shock || runs.breakdown(rules.defectBars())) yield Phase.DEFECT;
        yield runs.cooperative(rules.coopBars()) ? Phase.COOP : Phase.FORGIVE;
      }
    };
  }
}
