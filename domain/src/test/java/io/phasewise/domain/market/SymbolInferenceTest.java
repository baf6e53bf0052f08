package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolInferenceTest {
  private final SymbolInference inference = new SymbolInference(Map.of("GLD", "SPDR Gold Shares", "SPY", "SPDR S&P 500 ETF Trust"));

  @ParameterizedTest(name = "{0} is {1} called {2}")
  @CsvSource(delimiter = '|', value = {
      "AAPL      | STOCK      | AAPL",
      "brk.b     | STOCK      | BRK.B",
      "GLD       | ETF        | SPDR Gold Shares",
      "^GSPC     | INDEX      | S&P 500",
      "NDX       | INDEX      | Nasdaq 100",
      "^NDX      | INDEX      | Nasdaq 100",
      "NYA       | INDEX      | NYSE Composite",
      "XAU       | INDEX      | PHLX Gold/Silver Sector",
      "^STOXX50E | INDEX      | ^STOXX50E",
      "TNX       | MACRO      | 10-Year Treasury Yield",
      "^TYX      | MACRO      | 30-Year Treasury Yield",
      "^IRX      | MACRO      | 13-Week Treasury Bill Yield",
      "FVX       | MACRO      | 5-Year Treasury Yield",
      "EURUSD=X  | FOREX      | EUR/USD",
      "EUR-USD   | FOREX      | EUR/USD",
      "GBP/JPY   | FOREX      | GBP/JPY",
      "BTC-USD   | CRYPTO     | BTC-USD",
      "ETH-BTC   | CRYPTO     | ETH-BTC",
      "USDT-USD  | STABLECOIN | USDT-USD",
      "ABC-DEF   | STOCK      | ABC-DEF",
      "XYZ=X     | STOCK      | XYZ=X"})
  void infers_the_type_and_name_from_the_symbol(String symbol, AssetType type, String name) {
    AssetProfile profile = inference.profile(symbol, Optional.empty(), Optional.empty());

    assertThat(profile.symbol()).isEqualTo(symbol.toUpperCase(Locale.ROOT));
    assertThat(profile.type()).isEqualTo(type);
    assertThat(profile.name()).isEqualTo(name);
    assertThat(inference.type(profile.symbol())).isEqualTo(type);
  }

  @Test
  void a_given_type_or_name_wins_over_the_inferred_one() {
    assertThat(inference.profile("GLD", Optional.of(AssetType.STOCK), Optional.empty()))
        .isEqualTo(AssetProfile.of("GLD", "SPDR Gold Shares", AssetType.STOCK));
    assertThat(inference.profile("tnx", Optional.empty(), Optional.of("  US 10y yield ")))
        .isEqualTo(AssetProfile.of("TNX", "US 10y yield", AssetType.MACRO));
    assertThat(inference.profile("TNX", Optional.empty(), Optional.of(" ")).name()).as("a blank name is no name")
        .isEqualTo("10-Year Treasury Yield");
  }

  @Test
  void an_invalid_symbol_is_refused_naming_it() {
    assertThatThrownBy(() -> inference.profile("AAPL prices", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'AAPL prices' is not a valid asset symbol");
  }
}
