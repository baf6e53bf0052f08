package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Crypto exchanges' names turned into Phasewise's. An asset keeps its ticker except Kraken's legacy
 * codes ({@code XXBT}/{@code XBT} → {@code BTC}, {@code XETH} → {@code ETH}, {@code XXDG}/{@code XDG}
 * → {@code DOGE}, {@code ZUSD} → {@code USD}, {@code ZEUR} → {@code EUR}...) and its wallet suffixes
 * ({@code DOT.S}, {@code ETH2} → the asset itself), bonded staking codes with their unbonding days too
 * ({@code DOT28.S}, {@code KSM07.S} → {@code DOT}, {@code KSM}). A trade of BASE against QUOTE concerns the
 * instrument {@code BASE-QUOTE} (the candle store's naming, {@code BTC-EUR}) with QUOTE as currency,
 * except that a dollar stablecoin quote ({@code USDT}, {@code USDC}) names the instrument
 * {@code BASE-USD}: the coin held is the same, and Phasewise prices it from its dollar candles, while
 * the currency stays the stablecoin actually paid.
 */
final class CryptoSymbols {
  private static final Map<String, String> KRAKEN_LEGACY = Map.ofEntries(
      Map.entry("XXBT", "BTC"), Map.entry("XBT", "BTC"), Map.entry("XBT.M", "BTC"), Map.entry("XETH", "ETH"), Map.entry("ETH2", "ETH"),
      Map.entry("XXDG", "DOGE"), Map.entry("XDG", "DOGE"), Map.entry("XLTC", "LTC"), Map.entry("XXRP", "XRP"),
      Map.entry("XXLM", "XLM"), Map.entry("XXMR", "XMR"), Map.entry("XZEC", "ZEC"), Map.entry("XETC", "ETC"),
      Map.entry("XREP", "REP"), Map.entry("XMLN", "MLN"), Map.entry("ZUSD", "USD"), Map.entry("ZEUR", "EUR"),
      Map.entry("ZGBP", "GBP"), Map.entry("ZCAD", "CAD"), Map.entry("ZJPY", "JPY"), Map.entry("ZCHF", "CHF"), Map.entry("ZAUD", "AUD"));
  /** The unbonding days Kraken writes between a bonded staking asset's ticker and its {@code .S}: {@code DOT28.S}. */
  private static final Pattern UNBONDING_DAYS = Pattern.compile("(?<=[A-Z])(03|07|14|21|28)\\.S$");
  private static final Set<String> FIAT = Set.of("USD", "EUR", "GBP", "CAD", "JPY", "CHF", "AUD");
  private static final Set<String> DOLLAR_STABLECOINS = Set.of("USDT", "USDC");
  /** Quote currencies of Kraken's pairs, longest first, to split a pair written without a separator. */
  private static final List<String> KRAKEN_QUOTES = List.of("ZUSD", "ZEUR", "ZGBP", "ZCAD", "ZJPY", "ZCHF", "ZAUD", "XXBT", "XETH",
      "USDT", "USDC", "USD", "EUR", "GBP", "CAD", "JPY", "CHF", "AUD", "XBT", "ETH", "DAI");
  /** Which side of a pair is the quote: the lower rank (fiat before stablecoins before BTC before ETH). */
  private static final List<Set<String>> QUOTE_RANKS = List.of(FIAT, DOLLAR_STABLECOINS, Set.of("BTC"), Set.of("ETH"));

  private CryptoSymbols() {}

  /** A Kraken asset code in Phasewise's naming: {@code XXBT} → {@code BTC}, {@code DOT.S} and {@code DOT28.S} → {@code DOT}. */
  static String krakenAsset(String asset) {
    String code = asset.strip().toUpperCase(Locale.ROOT);
    String legacy = KRAKEN_LEGACY.get(code);
    if (legacy != null) return legacy;
    int dot = code.indexOf('.');
    if (dot <= 0) return code;
    return krakenAsset(UNBONDING_DAYS.matcher(code).find() ? code.substring(0, dot - 2) : code.substring(0, dot));
  }

  /** A Kraken pair ({@code XXBTZUSD}, {@code DOTUSD}, {@code XBT/USD}) as its base and quote assets, in Phasewise's naming. */
  static String[] krakenPair(String pair) {
    String code = pair.strip().toUpperCase(Locale.ROOT);
    int slash = code.indexOf('/');
    if (slash > 0) return new String[] {krakenAsset(code.substring(0, slash)), krakenAsset(code.substring(slash + 1))};
    if (code.length() == 8 && "XZ".indexOf(code.charAt(0)) >= 0 && "XZ".indexOf(code.charAt(4)) >= 0) {
      return new String[] {krakenAsset(code.substring(0, 4)), krakenAsset(code.substring(4))};
    }
    for (String quote : KRAKEN_QUOTES) {
      if (code.length() > quote.length() && code.endsWith(quote)) {
        return new String[] {krakenAsset(code.substring(0, code.length() - quote.length())), krakenAsset(quote)};
      }
    }
    throw new RowRejection("pair '" + CsvRecord.quote(pair) + "' has no known quote currency");
  }

  /** A pair written BASE-QUOTE ({@code BTC-USDT}, KuCoin's naming) as its base and quote. */
  static String[] dashedPair(String column, String pair) {
    String[] parts = pair.strip().toUpperCase(Locale.ROOT).split("-", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new RowRejection(column + " '" + CsvRecord.quote(pair) + "' is not a pair BASE-QUOTE");
    }
    return parts;
  }

  /** The instrument a trade of {@code base} against {@code quote} concerns. */
  static String symbol(String base, String quote) {
    return base + "-" + (DOLLAR_STABLECOINS.contains(quote) ? "USD" : quote);
  }

  /** Whether an asset is cash to a portfolio (a fiat currency or a dollar stablecoin) rather than a holding. */
  static boolean isCash(String asset) {
    return FIAT.contains(asset) || DOLLAR_STABLECOINS.contains(asset);
  }

  /** How likely {@code asset} is the quote of a pair: 0 for fiat, up to 3; {@link Integer#MAX_VALUE} for an asset never a quote. */
  static int quoteRank(String asset) {
    for (int rank = 0; rank < QUOTE_RANKS.size(); rank++) {
      if (QUOTE_RANKS.get(rank).contains(asset)) return rank;
    }
    return Integer.MAX_VALUE;
  }
}
