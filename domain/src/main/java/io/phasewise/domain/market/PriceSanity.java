package io.phasewise.domain.market;

import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.SaneDecimal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Rule: what a bar coming from outside must satisfy, beyond a {@link Candle}'s own invariants, to be
 * stored for an asset of a given type: every number in the {@link SaneDecimal} range, prices positive
 * unless the type {@link AssetType#allowsNonPositivePrices() allows otherwise}, and a source that is
 * {@link InputText} of at most {@link InputText#NAME} characters. A tick's prices are positive by its
 * own invariants; its numbers and source follow the same range and text rules.
 */
public final class PriceSanity {
  private PriceSanity() {}

  /** Why {@code bar} cannot be stored for an asset of {@code type}, or empty when it can. */
  public static Optional<String> problem(AssetType type, Candle bar) {
    Optional<String> text = InputText.problem(bar.source(), InputText.NAME).map(p -> "source " + p);
    if (text.isPresent()) return text;
    Optional<String> range = range("open", bar.open()).or(() -> range("high", bar.high()))
        .or(() -> range("low", bar.low())).or(() -> range("close", bar.close()))
        .or(() -> range("volume", bar.volume())).or(() -> range("dividend", bar.dividendCash()))
        .or(() -> range("split factor", bar.splitFactor())).or(() -> adjustedRange(bar.adjusted()));
    if (range.isPresent()) return range;
    if (!type.allowsNonPositivePrices()) {
      // low ≤ open, close ≤ high: a positive low makes every price positive
      if (bar.low().signum() <= 0) return Optional.of(notPositive("low", bar.low(), type));
      if (bar.adjusted() != null && bar.adjusted().low().signum() <= 0) {
        return Optional.of(notPositive("adjusted low", bar.adjusted().low(), type));
      }
    }
    return Optional.empty();
  }

  /** Why {@code tick} cannot be stored, or empty when it can. */
  public static Optional<String> problem(Tick tick) {
    return InputText.problem(tick.source(), InputText.NAME).map(p -> "source " + p)
        .or(() -> range("price", tick.price())).or(() -> range("size", tick.size()))
        .or(() -> range("bid", tick.bid())).or(() -> range("ask", tick.ask()))
        .or(() -> range("bid size", tick.bidSize())).or(() -> range("ask size", tick.askSize()));
  }

  private static Optional<String> adjustedRange(Candle.Adjusted adjusted) {
    if (adjusted == null) return Optional.empty();
    return range("adjusted open", adjusted.open()).or(() -> range("adjusted high", adjusted.high()))
        .or(() -> range("adjusted low", adjusted.low())).or(() -> range("adjusted close", adjusted.close()))
        .or(() -> range("adjusted volume", adjusted.volume()));
  }

  private static Optional<String> range(String name, BigDecimal value) {
    return SaneDecimal.problem(value).map(p -> name + " " + p);
  }

  private static String notPositive(String name, BigDecimal value, AssetType type) {
    return name + " " + value.toPlainString() + " is not positive: prices of a " + type.code() + " must be above 0";
  }
}
