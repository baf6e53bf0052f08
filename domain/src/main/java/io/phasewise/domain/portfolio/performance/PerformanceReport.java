package io.phasewise.domain.portfolio.performance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything measured about a portfolio over a period: the daily values and TWR index, four labelled
 * returns (TWR, XIRR, Modified Dietz, simple ROI), the risk figures of the TWR index, each holding's
 * return and contribution, the benchmark comparison when one was given, and every warning.
 *
 * @param cashContribution the TWR minus every holding's contribution: what cash earned or paid
 *     (interest, standalone fees and taxes, currency moves of cash)
 * @param xirr the XIRR solver's full answer, with every root when there are several
 */
public record PerformanceReport(
    ReportPeriod period,
    ValueSeries series,
    ReturnFigure timeWeighted,
    ReturnFigure moneyWeighted,
    ReturnFigure modifiedDietz,
    ReturnFigure simpleRoi,
    XirrResult xirr,
    RiskFigures risk,
    List<HoldingReturn> holdings,
    double cashContribution,
    Optional<BenchmarkComparison> benchmark,
    List<PerformanceWarning> warnings) {

  public PerformanceReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(timeWeighted, "timeWeighted");
    Objects.requireNonNull(moneyWeighted, "moneyWeighted");
    Objects.requireNonNull(modifiedDietz, "modifiedDietz");
    Objects.requireNonNull(simpleRoi, "simpleRoi");
    Objects.requireNonNull(xirr, "xirr");
    Objects.requireNonNull(risk, "risk");
    holdings = List.copyOf(holdings);
    Objects.requireNonNull(benchmark, "benchmark");
    warnings = List.copyOf(warnings);
  }

  /** The four returns, each labelled with its formula. */
  public List<ReturnFigure> returns() {
    return List.of(timeWeighted, moneyWeighted, modifiedDietz, simpleRoi);
  }
}
