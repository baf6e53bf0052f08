package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.performance.PerformanceReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio's performance report in its base currency and, when one was asked for, the benchmark
 * asset with its closes (on which {@code report.benchmark()} was computed).
 */
public record PortfolioPerformance(CurrencyCode baseCurrency, PerformanceReport report, Optional<BenchmarkCloses> benchmark) {
  public PortfolioPerformance {
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(benchmark, "benchmark");
  }
}
