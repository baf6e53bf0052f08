package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.ASSETS;

import io.phasewise.adapters.persistence.shared.AssetKeys;
import io.phasewise.application.market.port.out.AssetInUseException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Stores and reads assets in {@code assets} with jOOQ; deleting one cascades to all its rows. */
final class JooqAssetPersistenceAdapter implements SaveAssetPort, LoadAssetsPort, DeleteAssetPort {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private final DSLContext sql;
  private final AssetRecordMapper mapper = AssetRecordMapper.INSTANCE;

  JooqAssetPersistenceAdapter(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  public Asset insert(AssetProfile profile, Instant now) {
    return sql.insertInto(ASSETS).set(mapper.newRecord(profile, now))
        .onConflict(ASSETS.SYMBOL, ASSETS.TYPE).doNothing()
        .returning()
        .fetchOptional()
        .map(mapper::toAsset)
        .orElseThrow(() -> duplicate(profile));
  }

  @Override
  public Optional<Asset> update(AssetId id, AssetProfile profile, Instant now) {
    try {
      return sql.update(ASSETS).set(mapper.changedRecord(profile, now))
          .where(ASSETS.ID.eq(id.value()))
          .returning()
          .fetchOptional()
          .map(mapper::toAsset);
    } catch (DataAccessException e) {
      if (UNIQUE_VIOLATION.equals(e.sqlState())) throw duplicate(profile);
      throw e;
    }
  }

  private static DuplicateAssetException duplicate(AssetProfile profile) {
    return new DuplicateAssetException(profile.symbol(), profile.type().code());
  }

  @Override
  public Optional<Asset> findById(AssetId id) {
    return sql.selectFrom(ASSETS).where(ASSETS.ID.eq(id.value())).fetchOptional().map(mapper::toAsset);
  }

  @Override
  public Map<AssetId, Asset> findByIds(Collection<AssetId> ids) {
    if (ids.isEmpty()) return Map.of();
    Map<AssetId, Asset> found = new HashMap<>();
    sql.selectFrom(ASSETS).where(AssetKeys.anyOf(ASSETS.ID, ids)).forEach(row -> {
      Asset asset = mapper.toAsset(row);
      found.put(asset.id(), asset);
    });
    return found;
  }

  @Override
  public Optional<Asset> findBySymbol(String symbol, AssetType type) {
    return sql.selectFrom(ASSETS).where(ASSETS.SYMBOL.eq(symbol), ASSETS.TYPE.eq(type.code()))
        .fetchOptional().map(mapper::toAsset);
  }

  @Override
  public List<Asset> findBySymbol(String symbol) {
    return sql.selectFrom(ASSETS).where(ASSETS.SYMBOL.eq(symbol)).orderBy(ASSETS.TYPE).fetch(mapper::toAsset);
  }

  @Override
  public Map<String, List<Asset>> findBySymbols(Collection<String> symbols) {
    if (symbols.isEmpty()) return Map.of();
    Map<String, List<Asset>> found = new HashMap<>();
    // one array parameter, so the statement is the same for any number of symbols
    sql.selectFrom(ASSETS).where(ASSETS.SYMBOL.eq(DSL.any(symbols.stream().distinct().toArray(String[]::new))))
        .orderBy(ASSETS.SYMBOL, ASSETS.TYPE)
        .forEach(row -> {
          Asset asset = mapper.toAsset(row);
          found.computeIfAbsent(asset.symbol(), s -> new ArrayList<>()).add(asset);
        });
    return found;
  }

  @Override
  public Page<Asset> list(AssetType type, String exchange, String text, PageRequest page) {
    List<Condition> filters = new ArrayList<>();
    if (type != null) filters.add(ASSETS.TYPE.eq(type.code()));
    if (exchange != null) filters.add(DSL.lower(ASSETS.EXCHANGE).eq(DSL.lower(DSL.val(exchange))));
    if (text != null) filters.add(ASSETS.SYMBOL.containsIgnoreCase(text).or(ASSETS.NAME.containsIgnoreCase(text)));
    List<Asset> items = sql.selectFrom(ASSETS).where(filters)
        .orderBy(ASSETS.SYMBOL, ASSETS.TYPE)
        .offset(page.offset()).limit(page.limit())
        .fetch(mapper::toAsset);
    int total = sql.fetchCount(ASSETS, DSL.and(filters));
    return new Page<>(items, total, page);
  }

  @Override
  public boolean delete(AssetId id) {
    try {
      return sql.deleteFrom(ASSETS).where(ASSETS.ID.eq(id.value())).execute() > 0;
    } catch (DataAccessException e) {
      if (FOREIGN_KEY_VIOLATION.equals(e.sqlState())) throw new AssetInUseException(id, e);
      throw e;
    }
  }
}
