package io.phasewise.domain.market;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a new asset's type and display name from its ticker symbol as data vendors (Yahoo) spell
 * them: index symbols ({@code ^GSPC}, or known ones such as {@code NDX}), Treasury yields ({@code TNX})
 * as macro series, forex pairs ({@code EURUSD=X}, {@code EUR-USD}), crypto pairs ({@code BTC-USD}, a
 * dollar stablecoin such as {@code USDT-USD} as a stablecoin), ETFs from a reference list, else a stock.
 */
public final class SymbolInference {
  /** Index tickers known without their {@code ^}, with their names. */
  private static final Map<String, String> INDICES = Map.ofEntries(
      Map.entry("GSPC", "S&P 500"), Map.entry("SPX", "S&P 500"), Map.entry("DJI", "Dow Jones Industrial Average"),
      Map.entry("IXIC", "Nasdaq Composite"), Map.entry("NDX", "Nasdaq 100"), Map.entry("NYA", "NYSE Composite"),
      Map.entry("RUT", "Russell 2000"), Map.entry("VIX", "CBOE Volatility Index"),
      Map.entry("XAU", "PHLX Gold/Silver Sector"), Map.entry("SOX", "PHLX Semiconductor"),
      Map.entry("FTSE", "FTSE 100"), Map.entry("GDAXI", "DAX"), Map.entry("N225", "Nikkei 225"));
  /** Treasury yield tickers (CBOE yield indices), macro series rather than tradable indices. */
  private static final Map<String, String> YIELDS = Map.of(
      "IRX", "13-Week Treasury Bill Yield", "FVX", "5-Year Treasury Yield", "TNX", "10-Year Treasury Yield",
      "TYX", "30-Year Treasury Yield");
  /** ISO 4217 codes of the currencies forex pairs are quoted in. */
  private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "JPY", "GBP", "CHF", "CAD", "AUD", "NZD", "CNY",
      "CNH", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "ZAR", "MXN", "BRL", "INR", "KRW", "RUB",
      "ILS", "THB", "TWD");
  private static final Set<String> STABLECOINS = Set.of("USDT", "USDC", "DAI", "BUSD", "TUSD", "USDP", "FDUSD", "PYUSD");
  private static final Pattern YAHOO_FOREX = Pattern.compile("([A-Z]{3})([A-Z]{3})=X");
  private static final Pattern SPLIT_PAIR = Pattern.compile("([A-Z0-9]{2,10})[-/]([A-Z]{3,4})");
  private static final Set<String> CRYPTO_QUOTES = Set.of("USD", "USDT", "USDC", "EUR", "BTC", "ETH");

  private final Map<String, String> etfs;

  /** With {@code etfs}: the names of known ETFs by symbol. */
  public SymbolInference(Map<String, String> etfs) {
    this.etfs = Map.copyOf(etfs);
  }

  /**
   * The profile of a new asset with {@code symbol} (upper-cased): {@code type} and {@code name} where
   * given, otherwise inferred from the symbol.
   *
   * @throws IllegalArgumentException when the symbol is not a valid one
   */
  public AssetProfile profile(String symbol, Optional<AssetType> type, Optional<String> name) {
    String ticker = symbol.strip().toUpperCase(Locale.ROOT);
    if (!AssetProfile.isValidSymbol(ticker)) throw new IllegalArgumentException("'" + symbol + "' is not a valid asset symbol");
    Guess guess = guess(ticker);
    return AssetProfile.of(ticker, name.map(String::strip).filter(n -> !n.isEmpty()).orElse(guess.name()),
        type.orElse(guess.type()));
  }

  /** The type {@code symbol} (a valid, upper-case symbol) most likely names. */
  public AssetType type(String symbol) {
    return guess(symbol).type();
  }

  private record Guess(AssetType type, String name) {}

  private Guess guess(String symbol) {
    String bare = symbol.startsWith("^") ? symbol.substring(1) : symbol;
    if (YIELDS.containsKey(bare)) return new Guess(AssetType.MACRO, YIELDS.get(bare));
    if (INDICES.containsKey(bare)) return new Guess(AssetType.INDEX, INDICES.get(bare));
    if (symbol.startsWith("^")) return new Guess(AssetType.INDEX, symbol);
    if (etfs.containsKey(symbol)) return new Guess(AssetType.ETF, etfs.get(symbol));
    Matcher forex = YAHOO_FOREX.matcher(symbol);
    if (forex.matches() && CURRENCIES.contains(forex.group(1)) && CURRENCIES.contains(forex.group(2))) {
      return new Guess(AssetType.FOREX, forex.group(1) + "/" + forex.group(2));
    }
    Matcher pair = SPLIT_PAIR.matcher(symbol);
    if (pair.matches()) {
      String base = pair.group(1);
      String quote = pair.group(2);
      if (CURRENCIES.contains(base) && CURRENCIES.contains(quote)) return new Guess(AssetType.FOREX, base + "/" + quote);
      if (STABLECOINS.contains(base)) return new Guess(AssetType.STABLECOIN, symbol);
      if (CRYPTO_QUOTES.contains(quote)) return new Guess(AssetType.CRYPTO, symbol);
    }
    return new Guess(AssetType.STOCK, symbol);
  }
}
