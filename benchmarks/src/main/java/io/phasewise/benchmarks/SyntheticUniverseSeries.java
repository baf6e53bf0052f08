package io.phasewise.benchmarks;

import io.phasewise.adapters.providers.synthetic.SyntheticMarket;
import io.phasewise.adapters.providers.synthetic.SyntheticMarketConfig;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A synthetic universe of daily series held in memory, served through the asset and candle ports
 * the way the database serves them, so that the universe recompute runs its real code path without
 * a database. Asset i of the synthetic market has id i + 1; synthetic series have one source and no
 * corporate actions.
 */
final class SyntheticUniverseSeries implements LoadAssetsPort, LoadCandlesPort {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final SyntheticMarket market;
  private final List<Asset> assets = new ArrayList<>();
  private final List<CandleSeries> series = new ArrayList<>();

  SyntheticUniverseSeries(int assetCount, int bars) {
    market = new SyntheticMarket(SyntheticMarketConfig.defaults().withAssets(assetCount).withBars(bars).withInterval(Interval.D1));
    for (int i = 0; i < assetCount; i++) {
      assets.add(new Asset(AssetId.of(i + 1), AssetProfile.of(market.assetName(i), market.assetName(i), AssetType.STOCK),
          CREATED, CREATED));
      series.add(market.series(i));
    }
  }

  SyntheticMarket market() {
    return market;
  }

  List<Asset> assets() {
    return assets;
  }

  /** The daily bars of the asset with index {@code i} (id i + 1). */
  CandleSeries series(int i) {
    return series.get(i);
  }

  long bars() {
    return series.stream().mapToLong(CandleSeries::size).sum();
  }

  @Override
  public Optional<Asset> findById(AssetId id) {
    int i = (int) id.value() - 1;
    return i < assets.size() ? Optional.of(assets.get(i)) : Optional.empty();
  }

  @Override
  public Map<AssetId, Asset> findByIds(Collection<AssetId> ids) {
    Map<AssetId, Asset> found = new HashMap<>();
    ids.forEach(id -> findById(id).ifPresent(asset -> found.put(id, asset)));
    return found;
  }

  @Override
  public Page<Asset> list(AssetType type, String exchange, String text, PageRequest page) {
    int from = (int) Math.min(page.offset(), assets.size());
    int to = Math.min(from + page.limit(), assets.size());
    return new Page<>(assets.subList(from, to), assets.size(), page);
  }

  @Override
  public CandleSeries loadSeries(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    CandleSeries all = series.get((int) asset.value() - 1);
    return all.slice(all.firstIndexAtOrAfter(from.toEpochMilli()), all.firstIndexAtOrAfter(to.toEpochMilli()));
  }

  @Override
  public Optional<Instant> barTimeBefore(AssetId asset, Interval interval, Instant before, int bars) {
    CandleSeries all = series.get((int) asset.value() - 1);
    int end = all.firstIndexAtOrAfter(before.toEpochMilli());
    return end == 0 ? Optional.empty() : Optional.of(all.time(Math.max(0, end - bars)));
  }

  @Override
  public Optional<Asset> findBySymbol(String symbol, AssetType type) {
    return findBySymbol(symbol).stream().filter(a -> a.type() == type).findFirst();
  }

  @Override
  public List<Asset> findBySymbol(String symbol) {
    return assets.stream().filter(a -> a.symbol().equals(symbol)).toList();
  }

  @Override
  public List<Candle> load(AssetId asset, Interval interval, Instant from, Instant to, String source, long offset, int limit) {
    CandleSeries all = series.get((int) asset.value() - 1);
    int first = all.firstIndexAtOrAfter(from.toEpochMilli());
    int end = all.firstIndexAtOrAfter(to.toEpochMilli());
    int skip = (int) Math.min(offset, end - first);
    return market.candles((int) asset.value() - 1).subList(first + skip, Math.min(end, first + skip + limit));
  }

  @Override
  public long count(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    return loadSeries(asset, interval, from, to, source).size();
  }

  @Override
  public List<CorporateAction> corporateActionsAfter(AssetId asset, Interval interval, Instant from, String source) {
    return List.of();
  }

  @Override
  public Map<AssetId, Candle> latest(Collection<AssetId> ids, Interval interval) {
    Map<AssetId, Candle> latest = new LinkedHashMap<>();
    for (AssetId id : ids) {
      List<Candle> candles = market.candles((int) id.value() - 1);
      if (!candles.isEmpty()) latest.put(id, candles.get(candles.size() - 1));
    }
    return latest;
  }
}
