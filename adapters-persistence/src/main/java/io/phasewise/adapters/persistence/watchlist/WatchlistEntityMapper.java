package io.phasewise.adapters.persistence.watchlist;

import io.phasewise.adapters.persistence.account.AccountValues;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.watchlist.Watchlist;
import java.util.List;
import java.util.Objects;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps watchlists to and from {@link WatchlistJpaEntity}. */
@Mapper(uses = {MarketValues.class, AccountValues.class})
interface WatchlistEntityMapper {
  WatchlistEntityMapper INSTANCE = Mappers.getMapper(WatchlistEntityMapper.class);

  @Mapping(target = "owner", source = "userId")
  Watchlist toWatchlist(WatchlistJpaEntity entity);

  /** A new entity (version 0, which Hibernate inserts) holding the watchlist's owner and assets. */
  @Mapping(target = "userId", source = "owner")
  @Mapping(target = "version", ignore = true)
  WatchlistJpaEntity toNewEntity(Watchlist watchlist);

  /** The asset ids in order, without the gaps that assets deleted by cascade leave. */
  default List<AssetId> assetIds(List<Long> ids) {
    return ids.stream().filter(Objects::nonNull).map(AssetId::new).toList();
  }

  List<Long> ids(List<AssetId> assets);
}
