package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.TicksRecord;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps ticks to and from rows of {@code ticks}. */
@Mapper(uses = MarketValues.class)
interface TickRecordMapper {
  TickRecordMapper INSTANCE = Mappers.getMapper(TickRecordMapper.class);

  @Mapping(target = "assetId", source = "asset")
  @Mapping(target = "ts", source = "tick.time")
  @Mapping(target = "source", source = "tick.source")
  @Mapping(target = "price", source = "tick.price")
  @Mapping(target = "size", source = "tick.size")
  @Mapping(target = "bid", source = "tick.bid")
  @Mapping(target = "ask", source = "tick.ask")
  @Mapping(target = "bidSize", source = "tick.bidSize")
  @Mapping(target = "askSize", source = "tick.askSize")
  TicksRecord toRecord(AssetId asset, Tick tick);

  @Mapping(target = "time", source = "ts")
  Tick toTick(TicksRecord row);
}
