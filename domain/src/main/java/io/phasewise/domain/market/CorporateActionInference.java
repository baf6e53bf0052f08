package io.phasewise.domain.market;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Infers splits and cash dividends of one series, bar by bar, from a provider's close and adjusted
 * close. One instance per series; not thread-safe.
 *
 * <p>With {@code r = adjustedClose / close}, the provider scales every bar before an ex-date by that
 * action's price factor, so between two bars {@code f = r_prev / r_now} is that factor: 1 on an
 * ordinary day, {@code 1/k} on a k-for-1 split, {@code 1 − D / previousClose} on a dividend. A price
 * crash leaves {@code r} unchanged and so infers nothing. Rules, in order:
 *
 * <ol>
 *   <li>{@code f} within 2% of {@code 1/k} for a plausible ratio {@code k} (forward 5/4 … 20, reverse
 *       1/2 … 1/50) and {@code |f − 1| ≥ 0.15}: a {@link CorporateAction.Split} of {@code k}. A
 *       dividend going ex on the same bar is folded into it and lost.
 *   <li>{@code f < 1 − tolerance}: a {@link CorporateAction.Dividend} of {@code previousClose · (1 − f)}.
 *   <li>anything else, including {@code f > 1}: nothing (noise).
 * </ol>
 *
 * <p>The tolerance has two parts. First, the most that rounding prices to a multiple of the price
 * quantum can move {@code f}: {@code (quantum / 2) · (1/c_prev + 1/a_prev + 1/c + 1/a)}; it matters
 * for low prices (Yahoo rounds to 6 decimals, and AAPL closed near 0.28 in 2002, where it reaches
 * 8e-6). Second, a floor of 1e-4 for the provider's own arithmetic: on Yahoo's AAPL, IBM and SPY
 * daily files, days without an action move {@code f} by at most 1.2e-6 beyond the rounding bound,
 * while the smallest real quarterly dividend moves it by 1.05e-3 (IBM, 2000-02-08). The floor sits
 * an order of magnitude from both.
 *
 * <p>Feed the close on the same scale as the adjusted close expects: unadjusted closes infer splits
 * and dividends; Yahoo's "Close" column is already split-adjusted, so from it only dividends appear.
 * A provider's adjustment for actions after its last bar cannot be inferred.
 */
public final class CorporateActionInference {

  /** Yahoo's CSV prices carry 6 decimals. */
  public static final double YAHOO_PRICE_QUANTUM = 1e-6;

  private static final double[] SPLIT_RATIOS = {
      5.0 / 4, 4.0 / 3, 3.0 / 2, 2, 5.0 / 2, 3, 4, 5, 6, 7, 8, 10, 15, 20,
      1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 8, 1.0 / 10, 1.0 / 15, 1.0 / 20, 1.0 / 25, 1.0 / 50};
  private static final double SPLIT_TOLERANCE = 0.02;
  private static final double MIN_SPLIT_MOVE = 0.15;
  private static final double PROVIDER_NOISE = 1e-4;

  private final double halfQuantum;
  private Instant previousTime;
  private double previousClose;
  private double previousAdjusted;

  /** Inference for prices rounded to {@link #YAHOO_PRICE_QUANTUM}. */
  public CorporateActionInference() {
    this(YAHOO_PRICE_QUANTUM);
  }

  /** Inference for prices rounded to multiples of {@code priceQuantum} (e.g. 0.01 for cents). */
  public CorporateActionInference(double priceQuantum) {
    if (!(priceQuantum > 0) || Double.isInfinite(priceQuantum)) {
      throw new IllegalArgumentException("price quantum must be positive and finite: " + priceQuantum);
    }
    this.halfQuantum = priceQuantum / 2;
  }

  /**
   * Takes the next bar, in strictly increasing time order, and returns the action going ex on it,
   * if any. The first bar never yields one.
   */
  public Optional<CorporateAction> next(Instant openTime, double close, double adjustedClose) {
    Objects.requireNonNull(openTime, "openTime");
    requirePositive("close", close, openTime);
    requirePositive("adjusted close", adjustedClose, openTime);
    if (previousTime != null && !openTime.isAfter(previousTime)) {
      throw new IllegalArgumentException("bar at " + openTime + " does not follow the previous bar at " + previousTime);
    }
    Optional<CorporateAction> action = previousTime == null ? Optional.empty() : infer(openTime, close, adjustedClose);
    previousTime = openTime;
    previousClose = close;
    previousAdjusted = adjustedClose;
    return action;
  }

  private Optional<CorporateAction> infer(Instant openTime, double close, double adjustedClose) {
    double f = (previousAdjusted / previousClose) / (adjustedClose / close);
    double ratio = nearestSplitRatio(f);
    if (Math.abs(f * ratio - 1) <= SPLIT_TOLERANCE && Math.abs(f - 1) >= MIN_SPLIT_MOVE) {
      return Optional.of(new CorporateAction.Split(openTime, ratio));
    }
    if (f < 1 - tolerance(close, adjustedClose)) {
      return Optional.of(new CorporateAction.Dividend(openTime, previousClose * (1 - f), previousClose));
    }
    return Optional.empty();
  }

  private static double nearestSplitRatio(double f) {
    double best = SPLIT_RATIOS[0];
    for (double k : SPLIT_RATIOS) {
      if (Math.abs(Math.log(f * k)) < Math.abs(Math.log(f * best))) best = k;
    }
    return best;
  }

  private double tolerance(double close, double adjustedClose) {
    double rounding = halfQuantum * (1 / previousClose + 1 / previousAdjusted + 1 / close + 1 / adjustedClose);
    return PROVIDER_NOISE + rounding;
  }

  private static void requirePositive(String field, double value, Instant openTime) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " at " + openTime + " must be positive and finite: " + value);
    }
  }
}
