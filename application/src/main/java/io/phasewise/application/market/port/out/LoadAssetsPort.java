package io.phasewise.application.market.port.out;

import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: reads registered assets. */
public interface LoadAssetsPort {

  Optional<Asset> findById(AssetId id);

  /** The registered ones of {@code ids}, by id, read at once (one round trip for a database). */
  Map<AssetId, Asset> findByIds(Collection<AssetId> ids);

  Optional<Asset> findBySymbol(String symbol, AssetType type);

  /** All assets with this symbol, whatever their type, ordered by type. */
  List<Asset> findBySymbol(String symbol);

  /**
   * For each of {@code symbols} that names a registered asset, {@link #findBySymbol(String)}'s list, read
   * at once (one round trip for a database); symbols naming none are left out.
   */
  default Map<String, List<Asset>> findBySymbols(Collection<String> symbols) {
    Map<String, List<Asset>> found = new HashMap<>();
    for (String symbol : symbols) {
      List<Asset> assets = findBySymbol(symbol);
      if (!assets.isEmpty()) found.put(symbol, assets);
    }
    return found;
  }

  /**
   * Assets matching every non-null filter, ordered by symbol then type.
   *
   * @param text case-insensitive substring of symbol or name
   */
  Page<Asset> list(AssetType type, String exchange, String text, PageRequest page);

  /** Every registered asset, ordered by symbol then type, read page by page. */
  default List<Asset> listAll() {
    List<Asset> all = new ArrayList<>();
    Page<Asset> page;
    do {
      page = list(null, null, null, new PageRequest(all.size(), PageRequest.MAX_LIMIT));
      all.addAll(page.items());
    } while (page.hasNext() && !page.items().isEmpty());
    return all;
  }

  /** The assets Phasewise analyses (see {@code AssetProfile.analysed()}), by id. */
  default List<Asset> listAnalysed() {
    return listAll().stream().filter(a -> a.profile().analysed()).sorted(Comparator.comparingLong(a -> a.id().value())).toList();
  }
}
