package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.shared.Database;
import java.util.List;

/** The persistence ports of the market context: assets, candles, ticks and import runs. */
public final class MarketPersistence {

  private MarketPersistence() {}

  /** Wires the market adapters onto {@code database}. */
  public static MarketPersistence create(Database database) {
    return new MarketPersistence();
  }

  /** The Hibernate entities of this context. */
  public static List<Class<?>> entityClasses() {
    return List.of();
  }
}
