package io.phasewise.bootstrap;

import io.phasewise.application.phase.port.in.PhaseEvaluationReport;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.research.ClassifierEvaluation;
import io.phasewise.domain.research.Difference;
import io.phasewise.domain.research.NullCalibration;
import io.phasewise.domain.research.Outcome;
import io.phasewise.domain.research.PhaseMeans;
import io.phasewise.domain.research.RandomWalk;
import io.phasewise.domain.research.ReactionLag;
import io.phasewise.domain.research.RuleOutcome;
import io.phasewise.domain.research.SeriesEvaluation;
import io.phasewise.domain.research.TrendFilterClassifier;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The {@code phases evaluate} report as text: per series the phases of each candidate, the DEFECT-minus-COOP
 * differences side by side with their intervals ({@code *} marks a significant one, with its direction), the
 * trading rule against buy-and-hold and the reaction to drawdowns; then a summary over all series, the
 * reaction lag over all drawdowns and the null calibration.
 */
final class PhaseEvaluationText {
  /** The series the shipped classifier's rules were designed and tuned on (issue 14); every other one is validation. */
  static final Set<String> TUNING = Set.of("AAPL", "SPY", "BTC-USD");

  private final PhaseEvaluationReport report;

  PhaseEvaluationText(PhaseEvaluationReport report) {
    this.report = report;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Phase evaluation: forward horizon %d bars, moving blocks of %d bars, %d resamples, seed %d%n",
        report.settings().horizon(), report.settings().blockLength(), report.settings().resamples(), report.settings().seed()));
    text.append("A difference is the mean forward outcome after DEFECT bars minus after COOP bars (naive: DOWN minus UP), with its 95% interval;\n")
        .append("* marks an interval that excludes 0: 'worse' when DEFECT was followed by worse outcomes, 'OPPOSITE' when by better ones.\n");
    for (SeriesEvaluation series : report.series()) text.append('\n').append(series(series));
    report.skipped().forEach(s -> text.append('\n').append("skipped ").append(s.series()).append(": ").append(s.reason()).append('\n'));
    if (!report.series().isEmpty()) text.append('\n').append(summary()).append('\n').append(reaction());
    text.append('\n').append(calibration(report.calibration()));
    return text.toString();
  }

  private String series(SeriesEvaluation series) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "== %s (%s): %s to %s, %d bars%n", series.series(), set(series.series()),
        series.from().atOffset(ZoneOffset.UTC).toLocalDate(), series.to().atOffset(ZoneOffset.UTC).toLocalDate(), series.bars()));
    TextTable phases = new TextTable("LLRRRRR", "candidate", "phase", "share", "bars", "fwd return", "fwd max dd", "fwd vol");
    for (ClassifierEvaluation c : series.candidates()) {
      for (PhaseMeans m : c.byPhase()) {
        phases.row(c.classifier(), label(c.classifier(), m.phase()), percent(m.share()), Integer.toString(m.bars()),
            signed(m.forwardReturn()), signed(m.forwardDrawdown()), percent(m.forwardVolatility()));
      }
    }
    text.append(phases);
    String[] header = new String[series.candidates().size() + 1];
    header[0] = "DEFECT - COOP";
    for (int c = 0; c < series.candidates().size(); c++) header[c + 1] = series.candidates().get(c).classifier();
    TextTable differences = new TextTable("L" + "L".repeat(series.candidates().size()), header);
    for (Outcome outcome : Outcome.values()) {
      String[] row = new String[header.length];
      row[0] = "fwd " + name(outcome);
      for (int c = 0; c < series.candidates().size(); c++) row[c + 1] = difference(series.candidates().get(c).difference(outcome), outcome);
      differences.row(row);
    }
    text.append(differences);
    TextTable rule = new TextTable("LRRRRLL", "hold unless DEFECT", "total", "CAGR", "worst dd", "invested", "drawdowns > 15%",
        "transitions/yr");
    rule.row(row("buy and hold", series.buyAndHold()));
    for (ClassifierEvaluation c : series.candidates()) {
      String[] cells = row(c.classifier(), c.rule());
      cells[5] = reactions(c.episodes());
      cells[6] = String.format(Locale.ROOT, "%.1f (most %d)", c.transitionsPerYear(), c.mostTransitionsInAYear());
      rule.row(cells);
    }
    text.append(rule);
    return text.toString();
  }

  private String summary() {
    List<SeriesEvaluation> all = report.series();
    StringBuilder text = new StringBuilder("== Summary\n");
    int candidates = report.candidates().size();
    String alignment = "LL" + "L".repeat(2 * candidates) + "R" + "R".repeat(candidates) + "R" + "R".repeat(candidates);
    String[] header = new String[alignment.length()];
    header[0] = "series";
    header[1] = "set";
    for (int c = 0; c < candidates; c++) {
      header[2 + c] = "dd " + report.candidates().get(c);
      header[2 + candidates + c] = "vol " + report.candidates().get(c);
      header[3 + 2 * candidates + c] = "rule " + report.candidates().get(c);
      header[4 + 3 * candidates + c] = "dd rule " + report.candidates().get(c);
    }
    header[2 + 2 * candidates] = "buy & hold";
    header[3 + 3 * candidates] = "dd buy & hold";
    TextTable table = new TextTable(alignment, header);
    for (SeriesEvaluation s : all) {
      String[] row = new String[alignment.length()];
      row[0] = s.series();
      row[1] = set(s.series());
      for (int c = 0; c < candidates; c++) {
        ClassifierEvaluation e = s.candidates().get(c);
        row[2 + c] = verdict(e.difference(Outcome.DRAWDOWN), Outcome.DRAWDOWN);
        row[2 + candidates + c] = verdict(e.difference(Outcome.VOLATILITY), Outcome.VOLATILITY);
        row[3 + 2 * candidates + c] = signed(e.rule().totalReturn());
        row[4 + 3 * candidates + c] = signed(e.rule().worstDrawdown());
      }
      row[2 + 2 * candidates] = signed(s.buyAndHold().totalReturn());
      row[3 + 3 * candidates] = signed(s.buyAndHold().worstDrawdown());
      table.row(row);
    }
    text.append(table);
    String first = report.candidates().get(0);
    for (int c = 0; c < candidates; c++) {
      String name = report.candidates().get(c);
      text.append(String.format(Locale.ROOT, "%s: DEFECT significantly worse in forward drawdown on %s, in forward volatility on %s;"
          + " validation series only: %s and %s%n", name, tally(all, c, Outcome.DRAWDOWN), tally(all, c, Outcome.VOLATILITY),
          tally(validation(all), c, Outcome.DRAWDOWN), tally(validation(all), c, Outcome.VOLATILITY)));
      text.append(String.format(Locale.ROOT, "%s rule: worst drawdown shallower than buy-and-hold's on %d of %d series, total return at least"
          + " buy-and-hold's on %d", name, count(all, s -> ruleOf(s, name).worstDrawdown() > s.buyAndHold().worstDrawdown()), all.size(),
          count(all, s -> ruleOf(s, name).totalReturn() >= s.buyAndHold().totalReturn())));
      if (c > 0) {
        text.append(String.format(Locale.ROOT, "; %s's rule returned at least as much on %d", first,
            count(all, s -> ruleOf(s, first).totalReturn() >= ruleOf(s, name).totalReturn())));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private String reaction() {
    StringBuilder text = new StringBuilder("== Reaction to drawdowns deeper than 15% (all series)\n");
    for (String candidate : report.candidates()) {
      List<ReactionLag.Episode> episodes = report.series().stream().flatMap(s -> evaluationOf(s, candidate).episodes().stream()).toList();
      long never = episodes.stream().filter(e -> e.firstDefect().isEmpty()).count();
      OptionalDouble median = ReactionLag.medianLagBars(episodes);
      text.append(String.format(Locale.ROOT, "%s: %d drawdowns, median lag from peak to first DEFECT %s (median fall by then %s), never before the trough %d%n",
          candidate, episodes.size(), median.isPresent() ? String.format(Locale.ROOT, "%.1f bars", median.getAsDouble()) : "never",
          signed(ReactionLag.medianFallAtDefect(episodes)), never));
    }
    return text.toString();
  }

  private String calibration(NullCalibration calibration) {
    int walks = calibration.walks().size();
    if (walks == 0) return "== Null calibration: no random walks asked for\n";
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "== Null calibration: %d seeded geometric random walks of %d bars, daily volatility %.1f%% (nothing to find; about 1 in 20 per outcome by chance)%n",
        walks, RandomWalk.BARS, 100 * RandomWalk.DAILY_VOLATILITY));
    for (int c = 0; c < report.candidates().size(); c++) {
      int candidate = c;
      String flags = Arrays.stream(Outcome.values()).map(o -> name(o) + " " + calibration.flagged(candidate, o))
          .collect(Collectors.joining(", "));
      double defect = calibration.walks().stream().mapToDouble(w -> w.candidates().get(candidate).byPhase().get(Phase.DEFECT.ordinal()).share())
          .average().orElse(Double.NaN);
      double transitions = calibration.walks().stream().mapToDouble(w -> w.candidates().get(candidate).transitionsPerYear()).average()
          .orElse(Double.NaN);
      int most = calibration.walks().stream().mapToInt(w -> w.candidates().get(candidate).mostTransitionsInAYear()).max().orElse(0);
      text.append(String.format(Locale.ROOT, "%s: walks flagged significant: %s (any %d of %d); mean share in DEFECT %s, transitions per year %.1f (most in a year %d)%n",
          report.candidates().get(c), flags, calibration.flaggedInAny(c), walks, percent(defect), transitions, most));
    }
    return text.toString();
  }

  private static String[] row(String name, RuleOutcome rule) {
    return new String[] {name, signed(rule.totalReturn()), signed(rule.cagr()), signed(rule.worstDrawdown()), percent(rule.invested()), "", ""};
  }

  private static String reactions(List<ReactionLag.Episode> episodes) {
    if (episodes.isEmpty()) return "none";
    return episodes.size() + ", lag " + episodes.stream().map(e -> e.lagBars().isPresent()
        ? e.lagBars().getAsInt() + "b/" + signed(e.fallAtDefect()) : "never").collect(Collectors.joining(" "));
  }

  private static String difference(Difference d, Outcome outcome) {
    Function<Double, String> f = outcome == Outcome.VOLATILITY ? PhaseEvaluationText::signedPoints : PhaseEvaluationText::signed;
    String verdict = switch (d.verdict(outcome)) {
      case WORSE -> " * worse";
      case BETTER -> " * OPPOSITE";
      case NONE -> "";
    };
    return f.apply(d.estimate()) + " [" + f.apply(d.low()) + ", " + f.apply(d.high()) + "]" + verdict;
  }

  private static String verdict(Difference d, Outcome outcome) {
    return switch (d.verdict(outcome)) {
      case WORSE -> "worse";
      case BETTER -> "OPPOSITE";
      case NONE -> "-";
    };
  }

  private static String tally(List<SeriesEvaluation> series, int candidate, Outcome outcome) {
    long worse = series.stream().filter(s -> s.candidates().get(candidate).difference(outcome).verdict(outcome) == Difference.Verdict.WORSE).count();
    long opposite = series.stream().filter(s -> s.candidates().get(candidate).difference(outcome).verdict(outcome) == Difference.Verdict.BETTER)
        .count();
    return worse + "/" + series.size() + (opposite > 0 ? " (" + opposite + " opposite)" : "");
  }

  private static List<SeriesEvaluation> validation(List<SeriesEvaluation> series) {
    return series.stream().filter(s -> !TUNING.contains(s.series())).toList();
  }

  private static int count(List<SeriesEvaluation> series, Predicate<SeriesEvaluation> test) {
    return (int) series.stream().filter(test).count();
  }

  private static ClassifierEvaluation evaluationOf(SeriesEvaluation series, String candidate) {
    return series.candidates().stream().filter(c -> c.classifier().equals(candidate)).findFirst().orElseThrow();
  }

  private static RuleOutcome ruleOf(SeriesEvaluation series, String candidate) {
    return evaluationOf(series, candidate).rule();
  }

  private static String set(String series) {
    return TUNING.contains(series) ? "tuning" : "validation";
  }

  /** The naive filter's phases in its own words: UP, NEUTRAL, DOWN. */
  private static String label(String candidate, Phase phase) {
    if (!candidate.equals(TrendFilterClassifier.NAME)) return phase.code();
    return switch (phase) {
      case COOP -> "UP";
      case FORGIVE -> "NEUTRAL";
      case DEFECT -> "DOWN";
    };
  }

  private static String name(Outcome outcome) {
    return switch (outcome) {
      case RETURN -> "return";
      case DRAWDOWN -> "max drawdown";
      case VOLATILITY -> "volatility";
    };
  }

  private static String percent(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  private static String signed(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * value);
  }

  private static String signedPoints(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.1f pts", 100 * value);
  }
}
