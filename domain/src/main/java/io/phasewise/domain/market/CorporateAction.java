package io.phasewise.domain.market;

import java.time.Instant;
import java.util.Objects;

/**
 * An event that changes the price scale of an asset without changing its value: a split or a cash
 * dividend, effective from the bar that opens at {@link #exDate()}. Back-adjustment multiplies
 * every bar before the ex-date by {@link #priceFactor()} (and volumes by {@link #volumeFactor()}).
 */
public sealed interface CorporateAction permits CorporateAction.Split, CorporateAction.Dividend {

  /** Open time of the first bar that trades without the old scale. */
  Instant exDate();

  /** Multiplier for prices of bars before the ex-date, in (0, ∞). */
  double priceFactor();

  /** Multiplier for volumes of bars before the ex-date. */
  double volumeFactor();

  /** A split: {@code ratio} new shares for each old share (2 for a 2-for-1, 0.1 for a 1-for-10 reverse split). */
  record Split(Instant exDate, double ratio) implements CorporateAction {
    public Split {
      Objects.requireNonNull(exDate, "exDate");
      if (!(ratio > 0) || Double.isInfinite(ratio)) throw new IllegalArgumentException("split ratio must be positive: " + ratio);
    }

    @Override
    public double priceFactor() {
      return 1 / ratio;
    }

    @Override
    public double volumeFactor() {
      return ratio;
    }
  }

  /**
   * A cash dividend of {@code cash} per share going ex on {@code exDate}; {@code previousClose} is the
   * close of the last bar before it. Prices before are scaled by {@code 1 - cash / previousClose}
   * (the CRSP/Yahoo convention); volumes are unchanged.
   */
  record Dividend(Instant exDate, double cash, double previousClose) implements CorporateAction {
    public Dividend {
      Objects.requireNonNull(exDate, "exDate");
      if (!(cash >= 0) || Double.isInfinite(cash)) throw new IllegalArgumentException("dividend must not be negative: " + cash);
      if (!(previousClose > cash) || Double.isInfinite(previousClose)) {
        throw new IllegalArgumentException("previous close " + previousClose + " must exceed the dividend " + cash);
      }
    }

    @Override
    public double priceFactor() {
      return 1 - cash / previousClose;
    }

    @Override
    public double volumeFactor() {
      return 1;
    }
  }
}
