package io.phasewise.domain.indicator;

import io.vavr.control.Either;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators available by name, in registration order: the built-in ones by default, and those
 * an embedder registers. Immutable: registering gives a new registry, or the reason it was refused.
 */
public final class IndicatorRegistry {

  /** Why a descriptor was not registered. */
  public sealed interface Rejection {
    /** The rejection in words. */
    String reason();

    /** Another indicator already has this name. */
    record NameTaken(String name) implements Rejection {
      @Override
      public String reason() {
        return "an indicator named " + name + " is already registered";
      }
    }
  }

  private static final IndicatorRegistry STANDARD = new IndicatorRegistry(byName(BuiltInIndicators.all()));

  private final Map<String, IndicatorDescriptor> byName;

  private IndicatorRegistry(Map<String, IndicatorDescriptor> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** Every built-in indicator (SMA, EMA, RSI, MACD, Bollinger bands, ATR, ADX, correlation...). */
  public static IndicatorRegistry standard() {
    return STANDARD;
  }

  /** This registry with {@code indicator} added last, unless its name is taken. */
  public Either<Rejection, IndicatorRegistry> register(IndicatorDescriptor indicator) {
    if (byName.containsKey(indicator.name())) return Either.left(new Rejection.NameTaken(indicator.name()));
    Map<String, IndicatorDescriptor> more = new LinkedHashMap<>(byName);
    more.put(indicator.name(), indicator);
    return Either.right(new IndicatorRegistry(more));
  }

  /** The indicator named {@code name}, in any case and surrounding blanks. */
  public Optional<IndicatorDescriptor> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** Every indicator, in registration order. */
  public List<IndicatorDescriptor> descriptors() {
    return List.copyOf(byName.values());
  }

  private static Map<String, IndicatorDescriptor> byName(List<IndicatorDescriptor> indicators) {
    Map<String, IndicatorDescriptor> byName = new LinkedHashMap<>();
    for (IndicatorDescriptor indicator : indicators) byName.put(indicator.name(), indicator);
    return byName;
  }
}
