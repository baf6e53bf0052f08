package io.phasewise.application.market.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.ListAssetsQuery;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.UpdateAssetCommand;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetServicesTest {
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(NOW, ZoneOffset.UTC));

  private Asset register(String symbol, AssetType type) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol + " name", type))).get();
  }

  @Test
  void registering_a_taken_symbol_and_type_is_a_conflict() {
    register("AAPL", AssetType.STOCK);

    var again = market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("AAPL", "x", AssetType.STOCK)));

    assertThat(again.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(again.getLeft().message()).contains("AAPL", "stock");
    assertThat(market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("AAPL", "x", AssetType.INDEX))).isRight()).isTrue();
  }

  @Test
  void find_update_and_delete_report_an_unknown_asset_as_not_found() {
    AssetId unknown = new AssetId(404);

    assertThat(market.useCases.findAsset().find(unknown).getLeft()).isEqualTo(new Failure.NotFound("asset", "404"));
    assertThat(market.useCases.updateAsset().update(new UpdateAssetCommand(unknown, AssetProfile.of("X", "x", AssetType.STOCK))).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(market.useCases.deleteAsset().delete(unknown).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(market.useCases.findAsset().findBySymbol("NOPE", AssetType.ETF).getLeft().message()).isEqualTo("asset not found: NOPE (etf)");
  }

  @Test
  void updating_to_a_symbol_of_another_asset_is_a_conflict() {
    register("AAA", AssetType.STOCK);
    Asset b = register("BBB", AssetType.STOCK);

    var result = market.useCases.updateAsset().update(new UpdateAssetCommand(b.id(), AssetProfile.of("AAA", "x", AssetType.STOCK)));

    assertThat(result.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(market.useCases.findAsset().find(b.id()).get().symbol()).isEqualTo("BBB");
  }

  @Test
  void deleting_an_asset_deletes_its_candles() {
    Asset a = register("DEL", AssetType.STOCK);
    market.candles.saveAll(a.id(), Interval.D1, MarketFixtures.dailyCandles(3, "feed"));

    assertThat(market.useCases.deleteAsset().delete(a.id()).get()).isEqualTo(a.id());
    Asset b = register("DEL2", AssetType.STOCK);
    assertThat(market.useCases.latestCandles().latest(List.of(a.id(), b.id()), Interval.D1)).isEmpty();
  }

  @Test
  void list_passes_the_filters_through() {
    register("AAPL", AssetType.STOCK);
    register("SPY", AssetType.ETF);

    var page = market.useCases.listAssets().list(new ListAssetsQuery(AssetType.ETF, " ", null, PageRequest.first(10)));

    assertThat(page.items()).extracting(Asset::symbol).containsExactly("SPY");
  }

  @Test
  void import_runs_of_an_unknown_asset_are_not_found_and_the_limit_is_checked() {
    Asset a = register("RUNS", AssetType.STOCK);

    assertThat(market.useCases.listImportRuns().recent(new AssetId(404), 10).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(market.useCases.listImportRuns().recent(a.id(), 0).getLeft().message()).contains("limit");
    assertThat(market.useCases.listImportRuns().recent(a.id(), 10).get()).isEmpty();
  }
}
