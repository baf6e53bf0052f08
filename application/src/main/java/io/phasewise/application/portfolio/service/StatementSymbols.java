package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand.UnknownSymbols;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.SymbolInference;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments of one statement's symbols, the assets of all of them looked up at once: the asset
 * with that symbol (of the type the symbol suggests when several share it), else, as the import asks,
 * a new asset registered with the type inferred from the symbol and the activity's currency as its
 * quote currency, or an external instrument. A symbol that cannot be booked gives the reason.
 */
final class StatementSymbols {
  private static final SymbolInference INFERENCE = new SymbolInference(Map.of());

  private final FindAssetUseCase find;
  private final RegisterAssetUseCase register;
  private final UnknownSymbols unknown;
  /** The assets of each symbol met, none for a symbol naming no asset. */
  private final Map<String, List<Asset>> assets = new HashMap<>();
  private final Map<String, Either<String, Instrument>> resolved = new HashMap<>();
  private final List<String> registered = new ArrayList<>();

  /** The instruments of a statement whose rows name {@code symbols}, their assets read in one lookup (others are looked up when met). */
  StatementSymbols(FindAssetUseCase find, RegisterAssetUseCase register, UnknownSymbols unknown, Collection<String> symbols) {
    this.find = find;
    this.register = register;
    this.unknown = unknown;
    Map<String, List<Asset>> known = find.withSymbols(symbols);
    for (String symbol : symbols) assets.put(symbol, known.getOrDefault(symbol, List.of()));
  }

  Either<String, Instrument> instrument(String symbol, CurrencyCode currency) {
    return resolved.computeIfAbsent(symbol + " " + currency, key -> resolve(symbol, currency));
  }

  /** The symbols registered as new assets, in the order they were met. */
  List<String> registered() {
    return List.copyOf(registered);
  }

  private Either<String, Instrument> resolve(String symbol, CurrencyCode currency) {
    List<Asset> candidates = assets.computeIfAbsent(symbol, find::withSymbol);
    if (!candidates.isEmpty()) return booked(EventBuilder.tracked(pick(symbol, candidates), currency));
    if (unknown == UnknownSymbols.EXTERNAL) return booked(Inputs.checked(() -> new Instrument.External(symbol, currency)));
    if (!AssetProfile.isValidSymbol(symbol)) return Either.left("symbol '" + symbol + "' is not a valid asset symbol to register");
    AssetProfile inferred = INFERENCE.profile(symbol, Optional.empty(), Optional.empty());
    return booked(Inputs.checked(() -> new AssetProfile(inferred.symbol(), inferred.name(), inferred.type(), null, currency.code(), null,
            Map.of(), Map.of(), Map.of(), null, null, true, true, null))
        .flatMap(profile -> register.register(new RegisterAssetCommand(profile)))
        .peek(asset -> {
          registered.add(asset.symbol());
          assets.put(symbol, List.of(asset));
        })
        .flatMap(asset -> EventBuilder.tracked(asset, currency)));
  }

  private static Asset pick(String symbol, List<Asset> candidates) {
    return candidates.stream().filter(a -> a.type() == INFERENCE.type(symbol)).findFirst().orElse(candidates.get(0));
  }

  private static Either<String, Instrument> booked(Either<Failure, Instrument> instrument) {
    return instrument.mapLeft(Failure::message);
  }
}
