package io.phasewise.bootstrap;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.PositionSide;
import io.phasewise.domain.portfolio.Valuation;
import io.phasewise.domain.portfolio.performance.BenchmarkComparison;
import io.phasewise.domain.portfolio.performance.DrawdownPeriod;
import io.phasewise.domain.portfolio.performance.PerformanceReport;
import io.phasewise.domain.portfolio.performance.ReturnFigure;
import io.phasewise.domain.portfolio.performance.RiskFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The text {@code phasewise portfolio report} prints: the holdings, closed positions, cash and summary
 * as of a day, then the performance over a period, each figure with its name (and, for the returns,
 * its formula), in aligned columns. Money has 2 places; a figure that cannot be derived is "n/a".
 */
final class PortfolioReportText {
  /** Warnings printed; the rest are counted. */
  static final int SHOWN_WARNINGS = 10;
  private static final String NONE = "n/a";

  private final PortfolioSummaryRow portfolio;
  private final Function<Instrument, String> symbols;

  PortfolioReportText(PortfolioSummaryRow portfolio, Function<Instrument, String> symbols) {
    this.portfolio = portfolio;
    this.symbols = symbols;
  }

  String render(Valuation valuation, PortfolioPerformance performance) {
    StringBuilder text = new StringBuilder();
    text.append(portfolio.name()).append(" (").append(portfolio.baseCurrency().code()).append(", ").append(portfolio.method())
        .append(") as of ").append(valuation.asOf()).append("\n\nHoldings\n").append(holdings(valuation));
    if (!valuation.closed().isEmpty()) text.append("\nClosed positions\n").append(closed(valuation));
    text.append("\nCash\n").append(cash(valuation)).append("\nSummary\n").append(summary(valuation.summary()));
    PerformanceReport report = performance.report();
    text.append("\nPerformance ").append(report.period().from()).append(" to ").append(report.period().to()).append('\n')
        .append(performance(report, performance));
    List<String> warnings = new ArrayList<>();
    valuation.warnings().forEach(w -> warnings.add(w.day() + ": " + w.message()));
    report.warnings().forEach(w -> warnings.add(w.day() + ": " + w.message()));
    if (!warnings.isEmpty()) {
      text.append("\nWarnings (").append(warnings.size()).append(")\n");
      warnings.stream().limit(SHOWN_WARNINGS).forEach(w -> text.append("  ").append(w).append('\n'));
      if (warnings.size() > SHOWN_WARNINGS) text.append("  ... and ").append(warnings.size() - SHOWN_WARNINGS).append(" more\n");
    }
    return text.toString();
  }

  private String holdings(Valuation valuation) {
    if (valuation.holdings().isEmpty()) return "  none\n";
    TextTable table = new TextTable("LRRRRRRRR", "symbol", "quantity", "price", "market value", "cost", "unrealized", "realized", "income",
        "weight");
    for (Valuation.Holding h : valuation.holdings()) {
      table.row(symbols.apply(h.instrument()) + (h.side() == PositionSide.SHORT ? " (short)" : ""),
          quantity(h.quantity()), price(h.price()), money(h.marketValue()), money(h.costBasis()),
          money(h.unrealized() == null ? null : h.unrealized().net()), money(h.realized().gain().net()), money(h.income()),
          percent(h.weight()));
    }
    return table.toString();
  }

  private String closed(Valuation valuation) {
    TextTable table = new TextTable("LRRR", "symbol", "realized", "income", "fees");
    valuation.closed().forEach(c -> table.row(symbols.apply(c.instrument()), money(c.realized().gain().net()), money(c.income()),
        money(c.fees())));
    return table.toString();
  }

  private static String cash(Valuation valuation) {
    if (valuation.cash().isEmpty()) return "  none\n";
    TextTable table = new TextTable("LRR", "currency", "amount", "in " + valuation.baseCurrency().code());
    valuation.cash().forEach(c -> table.row(c.currency().code(), money(c.amount()), money(c.inBase())));
    return table.toString();
  }

  private static String summary(Valuation.Summary s) {
    return new TextTable("LR")
        .row("total value", money(s.totalValue()))
        .row("invested amount", money(s.investedAmount()))
        .row("total gain", money(s.totalGain()))
        .row("day gain", money(s.dayGain()))
        .row("cash balance", money(s.cashBalance()))
        .row("realized (net of fees)", money(s.realized().gain().net()))
        .row("unrealized (net of fees)", money(s.unrealized().net()))
        .row("income", money(s.income()))
        .row("holdings", Integer.toString(s.holdings()))
        .toString();
  }

  private static String performance(PerformanceReport report, PortfolioPerformance performance) {
    TextTable table = new TextTable("LRL");
    for (ReturnFigure figure : report.returns()) {
      table.row(figure.name(), change(figure.value()), figure.note().isEmpty() ? figure.formula() : figure.formula() + " (" + figure.note() + ")");
    }
    RiskFigures risk = report.risk();
    table.row("max drawdown", risk.maxDrawdown().map(d -> change(d.depth())).orElse(NONE), risk.maxDrawdown().map(PortfolioReportText::dates)
        .orElse("the TWR index does not stay positive"));
    String annualised = "annualised, " + number(risk.periodsPerYear(), 0) + " periods a year";
    table.row("volatility", percent(risk.volatility()), annualised);
    table.row("Sharpe", number(risk.sharpe(), 2), annualised + ", risk-free rate 0");
    table.row("Sortino", number(risk.sortino(), 2), annualised + ", target 0");
    table.row("CAGR", change(risk.cagr()), "on the TWR index over calendar days");
    table.row("Calmar", number(risk.calmar(), 2), "CAGR / |max drawdown|");
    performance.benchmark().ifPresent(b -> {
      String symbol = b.asset().symbol();
      report.benchmark().ifPresentOrElse(c -> benchmark(table, symbol, c),
          () -> table.row("benchmark " + symbol, NONE, "fewer than two days with a close in the period"));
    });
    return table.toString();
  }

  private static void benchmark(TextTable table, String symbol, BenchmarkComparison c) {
    table.row("benchmark " + symbol, "", c.from() + " to " + c.to() + ", " + c.commonPoints() + " days with a close");
    table.row("  portfolio return", change(c.portfolioReturn()), "TWR over those days");
    table.row("  " + symbol + " return", change(c.benchmarkReturn()), "adjusted closes");
    table.row("  excess return", change(c.excessReturn()), "portfolio − benchmark");
    table.row("  beta", number(c.beta(), 2), "cov(r, b) / var(b)");
    table.row("  tracking error", percent(c.trackingError()), "sd(r − b), annualised");
  }

  private static String dates(DrawdownPeriod d) {
    return "peak " + d.peak() + ", trough " + d.trough() + d.recovery().map(r -> ", recovered " + r).orElse(", not recovered");
  }

  private static String money(BigDecimal amount) {
    return amount == null ? NONE : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String quantity(BigDecimal quantity) {
    return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
  }

  /** A price with its meaningful places, at least 2. */
  private static String price(BigDecimal price) {
    if (price == null) return NONE;
    BigDecimal stripped = price.stripTrailingZeros();
    return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
  }

  private static String percent(BigDecimal fraction) {
    return fraction == null ? NONE : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private static String change(OptionalDouble fraction) {
    return fraction.isPresent() ? change(fraction.getAsDouble()) : NONE;
  }

  /** A return or a change, with its sign. */
  private static String change(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%+.2f%%", fraction * 100) : NONE;
  }

  private static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f%%", fraction * 100) : NONE;
  }

  private static String number(double value, int places) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + places + "f", value) : NONE;
  }
}
