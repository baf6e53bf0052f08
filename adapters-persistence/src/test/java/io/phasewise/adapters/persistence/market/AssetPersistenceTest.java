package io.phasewise.adapters.persistence.market;

import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.market.port.out.DuplicateAssetException;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.CryptoSupply;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Asset storage beyond the port contract: cascades, duplicates inside a transaction, awkward values. */
class AssetPersistenceTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  private static MarketPorts market() {
    return DB.persistence().ports(MarketPersistence.MODULE);
  }

  @Test
  void deleting_an_asset_deletes_its_candles_ticks_and_import_runs_and_nothing_else() {
    AssetId doomed = DB.newAsset("DOOMED");
    AssetId kept = DB.newAsset("KEPT");
    for (AssetId asset : List.of(doomed, kept)) {
      market().saveCandles().saveAll(asset, Interval.D1, List.of(candle(T0, "10", "feed")));
      market().saveCandles().saveAll(asset, Interval.H1, List.of(candle(T0, "10", "feed")));
      market().saveTicks().saveAll(asset, List.of(trade(T0, "10", "1")));
      market().saveImportRuns().save(new ImportRun(asset, Interval.D1,
          new ImportReport("a.csv", 3, 1, 0, 0, List.of(new CandleRow.Rejected(2, "bad"), new CandleRow.Rejected(3, "bad"))),
          T0, T0));
    }

    assertThat(market().deleteAssets().delete(doomed)).isTrue();

    for (String table : List.of("candles", "ticks", "import_runs")) {
      assertThat(DB.queryLong("SELECT count(*) FROM " + table + " WHERE asset_id = " + doomed.value())).as(table).isZero();
      assertThat(DB.queryLong("SELECT count(*) FROM " + table + " WHERE asset_id = " + kept.value())).as(table).isPositive();
    }
    assertThat(DB.queryLong("SELECT count(*) FROM import_run_rejections")).isEqualTo(2);
  }

  @Test
  void a_duplicate_insert_leaves_the_transaction_usable() {
    DB.newAsset("TAKEN");

    Asset other = DB.persistence().transactions().inTransaction(() -> {
      assertThatThrownBy(() -> market().saveAssets().insert(AssetProfile.of("TAKEN", "again", AssetType.STOCK), T0))
          .isInstanceOf(DuplicateAssetException.class);
      return market().saveAssets().insert(AssetProfile.of("OTHER", "other", AssetType.STOCK), T0);
    });

    assertThat(market().loadAssets().findById(other.id())).isPresent();
  }

  @Test
  void text_filters_match_wildcard_characters_literally() {
    market().saveAssets().insert(AssetProfile.of("A", "100% gold", AssetType.ETF), T0);
    market().saveAssets().insert(AssetProfile.of("B", "1000 gold", AssetType.ETF), T0);
    market().saveAssets().insert(AssetProfile.of("C_D", "plain", AssetType.ETF), T0);
    market().saveAssets().insert(AssetProfile.of("CXD", "plain", AssetType.ETF), T0);

    assertThat(symbols("0%")).containsExactly("A");
    assertThat(symbols("c_")).containsExactly("C_D");
  }

  private static List<String> symbols(String text) {
    return market().loadAssets().list(null, null, text, PageRequest.first(10)).items().stream().map(Asset::symbol).toList();
  }

  @Test
  void maps_partial_supply_and_missing_fields_round_trip() {
    AssetProfile profile = new AssetProfile("ETH", null, AssetType.CRYPTO, null, null, null,
        Map.of("quote \"key\"", "back\\slash \"and\" quotes", "ünï", "€"), Map.of(), Map.of("empty", ""), null, null, false, true,
        new CryptoSupply(new BigDecimal("120000000.123456789"), null, null));

    Asset saved = market().saveAssets().insert(profile, T0);

    assertThat(market().loadAssets().findById(saved.id()).orElseThrow().profile())
        .usingRecursiveComparison(Comparisons.EXACT_DECIMALS).isEqualTo(profile);
  }
}
