package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.research.EvaluationSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Query: evaluate the phase classifiers on stored daily series (by symbol) and on series supplied by the
 * caller (read from files); with neither, on every stored stock, ETF, index and crypto asset. Then on
 * {@code walks} seeded random walks (the null calibration).
 *
 * @param symbols stored assets to evaluate, by symbol (every asset with the symbol)
 * @param supplied series the caller read, evaluated as given
 * @param settings horizon, block length, resamples and seed
 * @param walks number of random walks, 0..1000
 */
public record EvaluatePhasesQuery(List<String> symbols, List<SuppliedSeries> supplied, EvaluationSettings settings, int walks) {

  /** Null calibration walks when none are asked for. */
  public static final int DEFAULT_WALKS = 20;

  /** A series not stored in Phasewise, named for the report, with the type that sets its trading calendar. */
  public record SuppliedSeries(String name, CandleSeries series, AssetType type) {
    public SuppliedSeries {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(type, "type");
    }
  }

  public EvaluatePhasesQuery {
    symbols = symbols.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    supplied = List.copyOf(supplied);
    Objects.requireNonNull(settings, "settings");
    if (walks < 0 || walks > 1_000) throw new IllegalArgumentException("walks must be 0..1000: " + walks);
  }

  /** Whether the caller named nothing, so every stored holdable asset is evaluated. */
  public boolean everyStoredAsset() {
    return symbols.isEmpty() && supplied.isEmpty();
  }
}
