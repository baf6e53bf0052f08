package io.phasewise.domain.research;

import java.util.List;
import java.util.Map;

/**
 * What one classifier's phases told a holder of one series.
 *
 * @param classifier the candidate's name
 * @param byPhase mean forward outcomes per phase, in {@link io.phasewise.domain.phase.Phase} order
 * @param differences DEFECT minus COOP for each outcome, with its bootstrap interval
 * @param rule the DEFECT-to-cash trading rule
 * @param episodes every drawdown deeper than 15% with the first DEFECT in it
 * @param transitionsPerYear changes of phase per year over the series' calendar span
 * @param mostTransitionsInAYear the most changes decided in one calendar year
 */
public record ClassifierEvaluation(String classifier, List<PhaseMeans> byPhase, Map<Outcome, Difference> differences, RuleOutcome rule,
    List<ReactionLag.Episode> episodes, double transitionsPerYear, int mostTransitionsInAYear) {
  public ClassifierEvaluation {
    byPhase = List.copyOf(byPhase);
    differences = Map.copyOf(differences);
    episodes = List.copyOf(episodes);
  }

  /** The DEFECT-minus-COOP difference of {@code outcome}. */
  public Difference difference(Outcome outcome) {
    return differences.get(outcome);
  }
}
