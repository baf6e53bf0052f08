package io.phasewise.domain.portfolio.performance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Money-weighted return (PORTFOLIO.md section 5): the annual rate r with Σ F_i / (1 + r)^(d_i / 365) = 0,
 * day count Actual/365 from the first flow, flows of one date summed. Undefined (never 0) for fewer than
 * two flows or flows all of one sign. By the rule of signs for exponential sums there are at most as
 * many roots as sign changes in the dated flows: with one change the single root is bracketed by
 * widening outwards from 0; with more, the net present value is scanned for sign changes over rates
 * from −99% to +1,000% and every root found is reported. Each bracket is refined by Newton's method,
 * falling back to bisection whenever a step would leave the bracket. The solver works in x = ln(1 + r).
 */
public final class Xirr {
  private static final double LOWEST = Math.log(0.01);
  private static final double HIGHEST = Math.log(11);
  private static final int SCAN_STEPS = 400;
  private static final double WIDEST = 50;

  private final double[] years;
  private final double[] amounts;

  private Xirr(double[] years, double[] amounts) {
    this.years = years;
    this.amounts = amounts;
  }

  /** The XIRR of {@code flows}. */
  public static XirrResult of(List<DatedFlow> flows) {
    Map<LocalDate, Double> byDate = new TreeMap<>();
    for (DatedFlow f : flows) byDate.merge(f.date(), f.amount(), Double::sum);
    byDate.values().removeIf(a -> a == 0);
    if (byDate.size() < 2) return XirrResult.undefined("XIRR needs at least two dated flows, not " + byDate.size());
    LocalDate first = byDate.keySet().iterator().next();
    double[] years = new double[byDate.size()];
    double[] amounts = new double[byDate.size()];
    int i = 0;
    int changes = 0;
    for (Map.Entry<LocalDate, Double> e : byDate.entrySet()) {
      years[i] = ChronoUnit.DAYS.between(first, e.getKey()) / 365.0;
      amounts[i] = e.getValue();
      if (i > 0 && Math.signum(amounts[i]) != Math.signum(amounts[i - 1])) changes++;
      i++;
    }
    if (changes == 0) return XirrResult.undefined("XIRR is undefined when every flow has the same sign");
    Xirr npv = new Xirr(years, amounts);
    return npv.solve(changes == 1 ? npv.widenFromZero() : npv.scan());
  }

  private XirrResult solve(List<double[]> brackets) {
    if (brackets.isEmpty()) return XirrResult.undefined("no rate between -99% and +1000% sets the net present value to 0");
    List<Double> roots = new ArrayList<>();
    for (double[] b : brackets) roots.add(Math.expm1(refine(b[0], b[1])));
    double nearest = roots.stream().min((a, b) -> Double.compare(Math.abs(a), Math.abs(b))).orElseThrow();
    String note = roots.size() == 1 ? "" : roots.size() + " rates set the net present value to 0: " + roots + "; the one nearest 0 is shown";
    return new XirrResult(OptionalDouble.of(nearest), roots, note);
  }

  /** The one bracket of a single root, widening outwards from x = 0. */
  private List<double[]> widenFromZero() {
    double f0 = npv(0);
    if (f0 == 0) return List.of(new double[] {0, 0});
    for (double step = 0.1; step <= WIDEST; step *= 2) {
      if (Math.signum(npv(step)) != Math.signum(f0)) return List.of(new double[] {0, step});
      if (Math.signum(npv(-step)) != Math.signum(f0)) return List.of(new double[] {-step, 0});
    }
    return List.of();
  }

  /** A bracket around every sign change of the net present value on a grid of x. */
  private List<double[]> scan() {
    List<double[]> brackets = new ArrayList<>();
    double step = (HIGHEST - LOWEST) / SCAN_STEPS;
    double previousX = LOWEST;
    double previous = npv(previousX);
    if (previous == 0) brackets.add(new double[] {previousX, previousX});
    for (int k = 1; k <= SCAN_STEPS; k++) {
      double x = LOWEST + k * step;
      double f = npv(x);
      if (f == 0 || previous != 0 && Math.signum(f) != Math.signum(previous)) brackets.add(new double[] {f == 0 ? x : previousX, x});
      previousX = x;
      previous = f;
    }
    return brackets;
  }

  /** The root of the net present value in [lo, hi], which brackets a sign change or is a single point. */
  private double refine(double lo, double hi) {
    double fLo = npv(lo);
    if (fLo == 0 || lo == hi) return lo;
    double x = 0.5 * (lo + hi);
    for (int iteration = 0; iteration < 200; iteration++) {
      double f = npv(x);
      if (f == 0) return x;
      if (Math.signum(f) == Math.signum(fLo)) {
        lo = x;
        fLo = f;
      } else {
        hi = x;
      }
      double newton = x - f / slope(x);
      double next = newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
      if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) return next;
      x = next;
    }
    return x;
  }

  private double npv(double x) {
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) sum += amounts[i] * Math.exp(-x * years[i]);
    return sum;
  }

  private double slope(double x) {
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) sum -= years[i] * amounts[i] * Math.exp(-x * years[i]);
    return sum;
  }
}
