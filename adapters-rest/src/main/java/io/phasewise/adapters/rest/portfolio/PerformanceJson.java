package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.application.portfolio.port.in.BenchmarkCloses;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.domain.portfolio.performance.BenchmarkComparison;
import io.phasewise.domain.portfolio.performance.DrawdownPeriod;
import io.phasewise.domain.portfolio.performance.HoldingReturn;
import io.phasewise.domain.portfolio.performance.PerformanceReport;
import io.phasewise.domain.portfolio.performance.PerformanceWarning;
import io.phasewise.domain.portfolio.performance.ReturnFigure;
import io.phasewise.domain.portfolio.performance.RiskFigures;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** How a portfolio performed over a period: four labelled returns, risk figures, contributions, the benchmark and the warnings. */
@Schema(name = "PortfolioPerformance", description = "Figures are numbers in the base currency or fractions (0.05 is 5%), null where the "
    + "data cannot define them. MV_t is the market value at the close of day t (cash + holdings), In_t the external inflows of day t "
    + "(deposits, deliveries and transfers in, counted at the start of the day), Out_t the outflows (withdrawals, deliveries and "
    + "transfers out, counted at its end); the opening is the close of the day before 'from'.")
record PerformanceJson(
    String portfolioId,
    String baseCurrency,
    LocalDate from,
    LocalDate to,
    @Schema(description = "MV at the opening") Double openingValue,
    @Schema(description = "MV at the close of 'to'") Double closingValue,
    ReturnsJson returns,
    @Schema(description = "every rate that solves the XIRR flows, ascending, when there are several (the one reported is nearest 0)")
    List<Double> xirrRoots,
    RiskJson risk,
    @Schema(description = "each instrument the ledger touched, with its own TWR and its contribution to the portfolio's") List<HoldingJson> holdings,
    @Schema(description = "TWR − Σ the holdings' contributions: what cash earned or paid (interest, standalone fees and taxes, "
        + "currency moves of cash)") Double cashContribution,
    @Schema(description = "the comparison with the benchmark asked for, null without one or with fewer than two common days")
    BenchmarkJson benchmark,
    @Schema(description = "the asset compared with, null without one") BenchmarkAssetJson benchmarkAsset,
    @Schema(description = "missing prices or rates, and days whose return had to be taken as 0") List<WarningJson> warnings) {

  static PerformanceJson of(String portfolioId, PortfolioPerformance performance, OptionalDouble riskFreeRate) {
    PerformanceReport r = performance.report();
    return new PerformanceJson(portfolioId, performance.baseCurrency().code(), r.period().from(), r.period().to(),
        JsonNumbers.orNull(r.series().openingValue()), JsonNumbers.orNull(r.series().closingValue()),
        new ReturnsJson(ReturnJson.of(r.timeWeighted()), ReturnJson.of(r.moneyWeighted()), ReturnJson.of(r.modifiedDietz()),
            ReturnJson.of(r.simpleRoi())),
        r.xirr().severalRoots() ? r.xirr().roots() : List.of(),
        RiskJson.of(r.risk(), riskFreeRate),
        r.holdings().stream().map(HoldingJson::of).toList(),
        JsonNumbers.orNull(r.cashContribution()),
        r.benchmark().map(BenchmarkJson::of).orElse(null),
        performance.benchmark().map(BenchmarkAssetJson::of).orElse(null),
        r.warnings().stream().map(WarningJson::of).toList());
  }

  /** The four returns, each under its own name so its formula is documented here. */
  @Schema(name = "PortfolioReturns", description = "which return is which: each is labelled with its name and formula")
  record ReturnsJson(
      @Schema(description = "time-weighted return: TWR = Π(1 + r_t) − 1 with r_t = (MV_t + Out_t) / (MV_{t−1} + In_t) − 1 "
          + "(r_t = 0, with a warning, when MV_{t−1} + In_t is 0). Not moved by deposits or withdrawals: how the investments did")
      ReturnJson timeWeighted,
      @Schema(description = "money-weighted annual return: XIRR is the r with Σ F_i / (1 + r)^(days_i / 365) = 0 (Actual/365), "
          + "deposits and the opening value negative, withdrawals and the closing value positive, flows of a day summed; null "
          + "(not 0) with fewer than two flows or flows of one sign. How the investor's money did, timing included")
      ReturnJson moneyWeighted,
      @Schema(description = "Modified Dietz = (V_end − V_start − ΣF) / (V_start + Σ w_t F_t), F_t = In_t − Out_t, "
          + "w_t = (to − t) / (to − from): the cheap approximation of the money-weighted return over the period (not annualised)")
      ReturnJson modifiedDietz,
      @Schema(description = "simple ROI = (V_end + ΣOut − V_start − ΣIn) / (V_start + ΣIn): the gain over everything put in")
      ReturnJson simpleRoi) {}

  /** One labelled return. */
  @Schema(name = "PortfolioReturn")
  record ReturnJson(
      @Schema(example = "TWR") String name,
      @Schema(description = "a fraction (0.05 is 5%); null when the data cannot define it") Double value,
      @Schema(description = "how it is computed, in one line") String formula,
      @Schema(description = "why it is undefined or what else to know about it; empty when nothing") String note) {
    static ReturnJson of(ReturnFigure f) {
      return new ReturnJson(f.name(), f.value().isPresent() ? JsonNumbers.orNull(f.value().getAsDouble()) : null, f.formula(), f.note());
    }
  }

  /** Risk figures of the TWR index. */
  @Schema(name = "PortfolioRisk", description = "all on the daily returns r_t of the TWR index (never on market value), P periods per year")
  record RiskJson(
      @Schema(description = "the deepest fall of the TWR index, null when the index does not stay positive") DrawdownJson maxDrawdown,
      @Schema(description = "annualised volatility = sd(r) × √P (sample standard deviation)") Double volatility,
      @Schema(description = "Sharpe = mean(r − rf_p) / sd(r − rf_p) × √P, rf_p = (1 + riskFreeRate)^(1/P) − 1") Double sharpe,
      @Schema(description = "Sortino = mean(r − T) × P / downside deviation over every day, T = 0") Double sortino,
      @Schema(description = "CAGR = index_end^(365.25 / days) − 1 over the calendar days of the period") Double cagr,
      @Schema(description = "Calmar = CAGR / |maximum drawdown|") Double calmar,
      @Schema(description = "P used to annualise: 365 calendar days unless asked otherwise") double periodsPerYear,
      @Schema(description = "the annual risk-free rate of Sharpe") double riskFreeRate) {
    static RiskJson of(RiskFigures r, OptionalDouble riskFreeRate) {
      return new RiskJson(r.maxDrawdown().map(DrawdownJson::of).orElse(null), JsonNumbers.orNull(r.volatility()),
          JsonNumbers.orNull(r.sharpe()), JsonNumbers.orNull(r.sortino()), JsonNumbers.orNull(r.cagr()), JsonNumbers.orNull(r.calmar()),
          r.periodsPerYear(), riskFreeRate.orElse(0));
    }
  }

  /** The maximum drawdown with its dates. */
  @Schema(name = "PortfolioDrawdown", description = "depth = index_trough / index_peak − 1 (≤ 0) on the TWR index; peak is the last "
      + "day at the running high before the trough; recovery the first day back at or above the peak, null if none yet")
  record DrawdownJson(double depth, LocalDate peak, LocalDate trough, LocalDate recovery) {
    static DrawdownJson of(DrawdownPeriod d) {
      return new DrawdownJson(d.depth(), d.peak(), d.trough(), d.recovery().orElse(null));
    }
  }

  /** One holding over the period. */
  @Schema(name = "PortfolioHoldingReturn", description = "its own flows are buys in (cost with fee and tax) and sales and dividends out "
      + "(net), transfers and deliveries at the day's value")
  record HoldingJson(
      InstrumentJson instrument,
      Double openingValue,
      Double closingValue,
      @Schema(description = "Π(1 + r_t) − 1 with r_t = (V_t + Out_t) / (V_{t−1} + In_t) − 1 over the holding's own flows")
      Double timeWeightedReturn,
      @Schema(description = "its part of the portfolio's TWR: Σ_t index_{t−1} × (V_t + Out_t − V_{t−1} − In_t) / (MV_{t−1} + In_t); "
          + "the holdings' contributions plus cashContribution add up to the TWR") Double contribution) {
    static HoldingJson of(HoldingReturn h) {
      return new HoldingJson(InstrumentJson.of(h.instrument()), JsonNumbers.orNull(h.openingValue()), JsonNumbers.orNull(h.closingValue()),
          JsonNumbers.orNull(h.timeWeightedReturn()), JsonNumbers.orNull(h.contribution()));
    }
  }

  /** The TWR index against the benchmark. */
  @Schema(name = "PortfolioBenchmarkComparison", description = "the TWR index and the benchmark's closes (adjusted for its splits and "
      + "dividends, in its own currency) joined on the days both have, then returns taken between consecutive common days")
  record BenchmarkJson(
      @Schema(description = "the first common day") LocalDate from,
      @Schema(description = "the last common day") LocalDate to,
      int commonPoints,
      @Schema(description = "I_last / I_first − 1 on the TWR index over the common span") Double portfolioReturn,
      @Schema(description = "B_last / B_first − 1") Double benchmarkReturn,
      @Schema(description = "portfolioReturn − benchmarkReturn") Double excessReturn,
      @Schema(description = "beta = cov(r, b) / var(b) of the common-day returns") Double beta,
      @Schema(description = "tracking error = sd(r − b) × √P (sample)") Double trackingError) {
    static BenchmarkJson of(BenchmarkComparison c) {
      return new BenchmarkJson(c.from(), c.to(), c.commonPoints(), JsonNumbers.orNull(c.portfolioReturn()), JsonNumbers.orNull(c.benchmarkReturn()),
          JsonNumbers.orNull(c.excessReturn()), JsonNumbers.orNull(c.beta()), JsonNumbers.orNull(c.trackingError()));
    }
  }

  /** The benchmark asset by name. */
  @Schema(name = "PortfolioBenchmarkAsset")
  record BenchmarkAssetJson(long id, String symbol, String name, String type, String currency) {
    static BenchmarkAssetJson of(BenchmarkCloses b) {
      return new BenchmarkAssetJson(b.asset().id().value(), b.asset().symbol(), b.asset().profile().name(), b.asset().type().name(),
          b.asset().profile().quoteCurrency());
    }
  }

  /** Something a figure had to assume on a day. */
  @Schema(name = "PortfolioPerformanceWarning")
  record WarningJson(LocalDate day, String message) {
    static WarningJson of(PerformanceWarning w) {
      return new WarningJson(w.day(), w.message());
    }
  }
}
