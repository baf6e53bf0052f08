package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.statistics.Cagr;
import io.phasewise.domain.statistics.CalmarRatio;
import io.phasewise.domain.statistics.Drawdown;
import io.phasewise.domain.statistics.MaxDrawdown;
import io.phasewise.domain.statistics.SharpeRatio;
import io.phasewise.domain.statistics.SortinoRatio;
import io.phasewise.domain.statistics.Volatility;
import java.util.Objects;
import java.util.Optional;

/**
 * Risk figures of a TWR index (ANALYTICS.md section 3), all on its daily returns r_t with P from the
 * settings: volatility = sd(r) × √P; Sharpe = mean(r − rf_p) / sd(r − rf_p) × √P; Sortino = mean(r − T)
 * × P / downside deviation over every day; CAGR = index_end^(365.25 / days) − 1 over the calendar days
 * of the period; Calmar = CAGR / |maximum drawdown|. A figure the data cannot define is NaN; the
 * drawdown is empty when the index does not stay positive (a loss of everything or more).
 */
public record RiskFigures(
    Optional<DrawdownPeriod> maxDrawdown, double volatility, double sharpe, double sortino, double cagr, double calmar, double periodsPerYear) {

  public RiskFigures {
    Objects.requireNonNull(maxDrawdown, "maxDrawdown");
  }

  /** The risk figures of {@code twr} under {@code settings}. */
  public static RiskFigures of(TwrIndex twr, PerformanceSettings settings) {
    double[] returns = twr.returns();
    double[] index = twr.index();
    double p = settings.periodsPerYear();
    boolean positive = true;
    for (double level : index) positive &= level > 0 && Double.isFinite(level);
    Optional<DrawdownPeriod> drawdown = Optional.empty();
    double cagr = Double.NaN;
    if (positive) {
      MaxDrawdown max = Drawdown.maximum(index);
      drawdown = Optional.of(new DrawdownPeriod(max.depth(), twr.date(max.peak()), twr.date(max.trough()),
          max.recovery().isPresent() ? Optional.of(twr.date(max.recovery().getAsInt())) : Optional.empty()));
      cagr = Cagr.overCalendarDays(index[0], index[index.length - 1], returns.length);
    }
    double calmar = drawdown.isPresent() ? CalmarRatio.of(cagr, drawdown.get().depth()) : Double.NaN;
    return new RiskFigures(drawdown, Volatility.annualised(returns, p), SharpeRatio.of(returns, settings.annualRiskFreeRate(), p),
        SortinoRatio.of(returns, settings.sortinoTarget(), p), cagr, calmar, p);
  }
}
