package io.phasewise.domain.market;

import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything that describes an asset apart from its identity: what a user registers or updates.
 * One profile for every kind of instrument, whether a stock, a fund, a crypto token or a macro series.
 * A symbol, quote currency or supply that breaks its rule, or text that is not {@link InputText} within
 * its bound (name and exchange {@link InputText#NAME}, description free text of {@link InputText#PROSE}, the fact
 * maps {@link InputText#problem(Map)}) is refused with an {@link InvalidInputException} naming the
 * field, since these come from whoever registers the asset.
 *
 * @param symbol ticker or trading symbol, upper case, e.g. {@code AAPL}, {@code BTC-USD}, {@code ^TNX}
 * @param quoteCurrency ISO-4217 or crypto code the asset is priced in, e.g. {@code USD}, {@code USDT}
 * @param externalIds identifiers at other providers, e.g. {@code coingecko -> bitcoin}
 * @param links related addresses by kind, e.g. {@code website}, {@code whitepaper}, {@code logo}
 * @param metadata free facts such as tick size or lot size
 * @param marketCapBucket size class, or {@code null} when not classified
 * @param peBucket valuation class, or {@code null} when not classified
 * @param active whether the asset is tracked at all
 * @param supported whether Phasewise computes analysis for it
 * @param supply crypto token supply, or {@code null} for non-crypto assets
 */
public record AssetProfile(
    String symbol,
    String name,
    AssetType type,
    String exchange,
    String quoteCurrency,
    String description,
    Map<String, String> externalIds,
    Map<String, String> links,
    Map<String, String> metadata,
    MarketCapBucket marketCapBucket,
    PeBucket peBucket,
    boolean active,
    boolean supported,
    CryptoSupply supply) {

  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9^][A-Z0-9.^=_/-]{0,31}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,10}");

  public AssetProfile {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(type, "type");
    if (!SYMBOL.matcher(symbol).matches()) {
      throw new InvalidInputException("symbol", "symbol must be 1-32 upper-case letters, digits or . ^ = _ / -: '" + symbol + "'");
    }
    if (quoteCurrency != null && !CURRENCY.matcher(quoteCurrency).matches()) {
      throw new InvalidInputException("quoteCurrency", "quote currency must be 2-10 upper-case letters or digits: '" + quoteCurrency + "'");
    }
    if (supply != null && type != AssetType.CRYPTO && type != AssetType.STABLECOIN) {
      throw new InvalidInputException("supply", "supply facts apply to crypto assets only, not " + type.code());
    }
    InputText.require("name", name, InputText.NAME);
    InputText.require("exchange", exchange, InputText.NAME);
    InputText.requireProse("description", description, InputText.PROSE);
    InputText.require("externalIds", externalIds);
    InputText.require("links", links);
    InputText.require("metadata", metadata);
    externalIds = externalIds == null ? Map.of() : Map.copyOf(externalIds);
    links = links == null ? Map.of() : Map.copyOf(links);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** Whether {@code symbol} is acceptable as an asset symbol (for validating requests before construction). */
  public static boolean isValidSymbol(String symbol) {
    return symbol != null && SYMBOL.matcher(symbol).matches();
  }

  /** Whether Phasewise analyses the asset (snapshots, phases, the pipeline): it is {@code active} and {@code supported}. */
  public boolean analysed() {
    return active && supported;
  }

  /** A minimal active, supported profile: symbol, name and type; everything else empty. */
  public static AssetProfile of(String symbol, String name, AssetType type) {
    return new AssetProfile(symbol, name, type, null, null, null, Map.of(), Map.of(), Map.of(),
        null, null, true, true, null);
  }
}
