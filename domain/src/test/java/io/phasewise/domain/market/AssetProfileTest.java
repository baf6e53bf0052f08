package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile refuses what its registrant got wrong as invalid input naming the field, not as a programming error. */
class AssetProfileTest {

  private static AssetProfile profile(String symbol, AssetType type, String quoteCurrency, CryptoSupply supply) {
    return new AssetProfile(symbol, null, type, null, quoteCurrency, null, Map.of(), Map.of(), Map.of(), null, null, true,
        true, supply);
  }

  @Test
  void each_refused_field_is_named() {
    assertThatThrownBy(() -> profile("bad symbol", AssetType.STOCK, null, null))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "symbol");
    assertThatThrownBy(() -> profile("AAPL", AssetType.STOCK, "us dollars", null))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "quoteCurrency")
        .hasMessageContaining("quote currency must be 2-10");
    assertThatThrownBy(() -> profile("AAPL", AssetType.STOCK, "USD", new CryptoSupply(null, null, BigDecimal.ONE)))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "supply")
        .hasMessage("supply facts apply to crypto assets only, not stock");
  }

  @Test
  void supply_figures_are_refused_as_the_supply_field() {
    assertThatThrownBy(() -> new CryptoSupply(BigDecimal.valueOf(-1), null, null))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "supply")
        .hasMessageContaining("circulating supply must not be negative");
    assertThatThrownBy(() -> new CryptoSupply(BigDecimal.valueOf(2), null, BigDecimal.ONE))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("problem", "circulating supply 2 exceeds max supply 1");
  }
}
