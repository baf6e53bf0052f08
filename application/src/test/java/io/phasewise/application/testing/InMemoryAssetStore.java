package io.phasewise.application.testing;

import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.DuplicateAssetException;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * In-memory fake of the asset ports; passes the same contract as the database adapter. Transactional:
 * a failed {@link InMemoryUnitOfWork} undoes its inserts, updates and deletes (ids are not reused, as
 * with a database sequence).
 */
public final class InMemoryAssetStore implements SaveAssetPort, LoadAssetsPort, DeleteAssetPort {
  private static final Comparator<Asset> ORDER =
      Comparator.comparing(Asset::symbol).thenComparing(a -> a.type().code());

  private final Map<AssetId, Asset> assets = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private final List<Consumer<AssetId>> onDelete = new ArrayList<>();

  /** Lets the fakes of dependent data (candles, ticks) drop an asset's rows, like ON DELETE CASCADE. */
  public void cascadeTo(Consumer<AssetId> dependent) {
    onDelete.add(dependent);
  }

  @Override
  public synchronized Asset insert(AssetProfile profile, Instant now) {
    requireFree(profile, null);
    Asset asset = new Asset(new AssetId(nextId.getAndIncrement()), profile, now, now);
    assets.put(asset.id(), asset);
    InMemoryUnitOfWork.onRollback(() -> restore(asset.id(), null));
    return asset;
  }

  @Override
  public synchronized Optional<Asset> update(AssetId id, AssetProfile profile, Instant now) {
    Asset old = assets.get(id);
    if (old == null) return Optional.empty();
    requireFree(profile, id);
    Asset updated = new Asset(id, profile, old.createdAt(), now);
    assets.put(id, updated);
    InMemoryUnitOfWork.onRollback(() -> restore(id, old));
    return Optional.of(updated);
  }

  private void requireFree(AssetProfile profile, AssetId self) {
    findBySymbol(profile.symbol(), profile.type()).filter(a -> !a.id().equals(self)).ifPresent(a -> {
      throw new DuplicateAssetException(profile.symbol(), profile.type().code());
    });
  }

  @Override
  public Optional<Asset> findById(AssetId id) {
    return Optional.ofNullable(assets.get(id));
  }

  @Override
  public Map<AssetId, Asset> findByIds(Collection<AssetId> ids) {
    Map<AssetId, Asset> found = new HashMap<>();
    ids.forEach(id -> findById(id).ifPresent(asset -> found.put(id, asset)));
    return found;
  }

  @Override
  public Optional<Asset> findBySymbol(String symbol, AssetType type) {
    return assets.values().stream().filter(a -> a.symbol().equals(symbol) && a.type() == type).findFirst();
  }

  @Override
  public List<Asset> findBySymbol(String symbol) {
    return assets.values().stream().filter(a -> a.symbol().equals(symbol)).sorted(ORDER).toList();
  }

  @Override
  public Page<Asset> list(AssetType type, String exchange, String text, PageRequest page) {
    List<Asset> matching = assets.values().stream()
        .filter(a -> type == null || a.type() == type)
        .filter(a -> exchange == null || exchange.equalsIgnoreCase(a.profile().exchange()))
        .filter(a -> text == null || contains(a.symbol(), text) || contains(a.profile().name(), text))
        .sorted(ORDER)
        .toList();
    List<Asset> items = matching.stream().skip(page.offset()).limit(page.limit()).toList();
    return new Page<>(items, matching.size(), page);
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  @Override
  public synchronized boolean delete(AssetId id) {
    Asset removed = assets.remove(id);
    if (removed == null) return false;
    InMemoryUnitOfWork.onRollback(() -> restore(id, removed));
    onDelete.forEach(d -> d.accept(id));
    return true;
  }

  /** Puts back {@code asset} under {@code id}, or removes the id when it is null (an undo). */
  private synchronized void restore(AssetId id, Asset asset) {
    if (asset == null) assets.remove(id);
    else assets.put(id, asset);
  }
}
