package io.phasewise.application.market.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.CryptoSupply;
import io.phasewise.domain.market.MarketCapBucket;
import io.phasewise.domain.market.PeBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the asset ports passes (fake and database); each test starts from an empty store. */
public abstract class AssetPortsContract {
  protected static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  protected abstract SaveAssetPort save();

  protected abstract LoadAssetsPort load();

  protected abstract DeleteAssetPort delete();

  private static AssetProfile full() {
    return new AssetProfile("BTC-USD", "Bitcoin", AssetType.CRYPTO, "CCC", "USD", "The first cryptocurrency",
        Map.of("coingecko", "bitcoin"), Map.of("website", "https://bitcoin.org"), Map.of("tick_size", "0.01"),
        MarketCapBucket.LARGE, null, true, false,
        new CryptoSupply(new BigDecimal("19000000"), new BigDecimal("19000000"), new BigDecimal("21000000")));
  }

  @Test
  void an_inserted_asset_reads_back_with_every_field() {
    Asset saved = save().insert(full(), NOW);

    Asset read = load().findById(saved.id()).orElseThrow();
    assertThat(read.id()).isEqualTo(saved.id());
    assertThat(read.profile()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(full());
    assertThat(read.createdAt()).isEqualTo(NOW);
    assertThat(read.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void find_by_ids_returns_the_registered_ones_of_many_ids_at_once() {
    Asset a = save().insert(AssetProfile.of("AAA", "A", AssetType.STOCK), NOW);
    Asset b = save().insert(AssetProfile.of("BBB", "B", AssetType.ETF), NOW);
    AssetId missing = AssetId.of(b.id().value() + 1_000);

    Map<AssetId, Asset> found = load().findByIds(List.of(b.id(), missing, a.id(), b.id()));

    assertThat(found).containsOnlyKeys(a.id(), b.id());
    assertThat(found.get(b.id()).symbol()).isEqualTo("BBB");
    assertThat(load().findByIds(List.of())).isEmpty();
  }

  @Test
  void symbol_and_type_are_unique_but_a_symbol_may_have_several_types() {
    save().insert(AssetProfile.of("ABC", "Abc Corp", AssetType.STOCK), NOW);
    save().insert(AssetProfile.of("ABC", "Abc Index", AssetType.INDEX), NOW);

    assertThatThrownBy(() -> save().insert(AssetProfile.of("ABC", "again", AssetType.STOCK), NOW))
        .isInstanceOf(DuplicateAssetException.class).hasMessageContaining("ABC");
    assertThat(load().findBySymbol("ABC")).extracting(Asset::type).containsExactly(AssetType.INDEX, AssetType.STOCK);
    assertThat(load().findBySymbol("ABC", AssetType.INDEX)).map(a -> a.profile().name()).contains("Abc Index");
    assertThat(load().findBySymbol("ABC", AssetType.ETF)).isEmpty();
  }

  @Test
  void find_by_symbols_gives_each_known_symbols_assets_as_find_by_symbol_does_and_leaves_unknown_ones_out() {
    save().insert(AssetProfile.of("ABC", "Abc Corp", AssetType.STOCK), NOW);
    save().insert(AssetProfile.of("ABC", "Abc Index", AssetType.INDEX), NOW);
    save().insert(AssetProfile.of("XYZ", "Xyz", AssetType.ETF), NOW);
    save().insert(AssetProfile.of("OTHER", "Not asked for", AssetType.STOCK), NOW);

    Map<String, List<Asset>> found = load().findBySymbols(List.of("XYZ", "NOPE", "ABC", "XYZ"));

    assertThat(found).containsOnlyKeys("ABC", "XYZ");
    assertThat(found.get("ABC")).containsExactlyElementsOf(load().findBySymbol("ABC"));
    assertThat(found.get("ABC")).extracting(Asset::type).containsExactly(AssetType.INDEX, AssetType.STOCK);
    assertThat(found.get("XYZ")).containsExactlyElementsOf(load().findBySymbol("XYZ"));
    assertThat(load().findBySymbols(List.of("abc"))).isEmpty();
    assertThat(load().findBySymbols(List.of())).isEmpty();
  }

  @Test
  void update_replaces_the_profile_and_keeps_the_creation_time() {
    Asset saved = save().insert(AssetProfile.of("OLD", "Old name", AssetType.STOCK), NOW);
    Instant later = NOW.plusSeconds(60);

    Asset updated = save().update(saved.id(), full(), later).orElseThrow();

    assertThat(updated.profile().symbol()).isEqualTo("BTC-USD");
    assertThat(load().findById(saved.id()).orElseThrow().createdAt()).isEqualTo(NOW);
    assertThat(load().findById(saved.id()).orElseThrow().updatedAt()).isEqualTo(later);
    assertThat(load().findBySymbol("OLD")).isEmpty();
  }

  @Test
  void update_of_a_missing_asset_is_empty_and_to_a_taken_symbol_is_refused() {
    Asset a = save().insert(AssetProfile.of("AAA", "A", AssetType.STOCK), NOW);
    save().insert(AssetProfile.of("BBB", "B", AssetType.STOCK), NOW);

    assertThat(save().update(new io.phasewise.domain.market.AssetId(999_999), full(), NOW)).isEmpty();
    assertThatThrownBy(() -> save().update(a.id(), AssetProfile.of("BBB", "B2", AssetType.STOCK), NOW))
        .isInstanceOf(DuplicateAssetException.class);
  }

  @Test
  void list_filters_by_type_exchange_and_text_and_pages_in_symbol_order() {
    save().insert(withExchange(AssetProfile.of("MSFT", "Microsoft", AssetType.STOCK), "NASDAQ"), NOW);
    save().insert(withExchange(AssetProfile.of("AAPL", "Apple Inc.", AssetType.STOCK), "NASDAQ"), NOW);
    save().insert(withExchange(AssetProfile.of("IBM", "International Business Machines", AssetType.STOCK), "NYSE"), NOW);
    save().insert(AssetProfile.of("SPY", "SPDR S&P 500 ETF", AssetType.ETF), NOW);

    assertThat(symbols(load().list(null, null, null, PageRequest.first(10)))).containsExactly("AAPL", "IBM", "MSFT", "SPY");
    assertThat(symbols(load().list(AssetType.STOCK, "nasdaq", null, PageRequest.first(10)))).containsExactly("AAPL", "MSFT");
    assertThat(symbols(load().list(null, null, "mAchInes", PageRequest.first(10)))).containsExactly("IBM");
    assertThat(symbols(load().list(null, null, "sp", PageRequest.first(10)))).containsExactly("SPY");

    Page<Asset> second = load().list(null, null, null, new PageRequest(1, 2));
    assertThat(symbols(second)).containsExactly("IBM", "MSFT");
    assertThat(second.total()).isEqualTo(4);
    assertThat(second.hasNext()).isTrue();
  }

  @Test
  void delete_removes_the_asset_once() {
    Asset a = save().insert(AssetProfile.of("GONE", "Gone", AssetType.STOCK), NOW);

    assertThat(delete().delete(a.id())).isTrue();
    assertThat(delete().delete(a.id())).isFalse();
    assertThat(load().findById(a.id())).isEmpty();
  }

  private static AssetProfile withExchange(AssetProfile p, String exchange) {
    return new AssetProfile(p.symbol(), p.name(), p.type(), exchange, p.quoteCurrency(), p.description(), p.externalIds(),
        p.links(), p.metadata(), p.marketCapBucket(), PeBucket.MEDIUM, p.active(), p.supported(), p.supply());
  }

  private static java.util.List<String> symbols(Page<Asset> page) {
    return page.items().stream().map(Asset::symbol).toList();
  }
}
