package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.CandlesRecord;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Maps candles to and from rows of {@code candles}, and corporate-action rows to actions. */
@Mapper(uses = MarketValues.class)
interface CandleRecordMapper {
  CandleRecordMapper INSTANCE = Mappers.getMapper(CandleRecordMapper.class);

  @Mapping(target = "assetId", source = "asset")
  @Mapping(target = "ts", source = "candle.time")
  @Mapping(target = "source", source = "candle.source")
  @Mapping(target = "adjOpen", source = "candle.adjusted.open")
  @Mapping(target = "adjHigh", source = "candle.adjusted.high")
  @Mapping(target = "adjLow", source = "candle.adjusted.low")
  @Mapping(target = "adjClose", source = "candle.adjusted.close")
  @Mapping(target = "adjVolume", source = "candle.adjusted.volume")
  @Mapping(target = "divCash", source = "candle.dividendCash")
  @Mapping(target = "splitFactor", source = "candle.splitFactor")
  CandlesRecord toRecord(AssetId asset, Interval interval, Candle candle);

  @Mapping(target = "time", source = "ts")
  @Mapping(target = "adjusted", source = ".")
  @Mapping(target = "dividendCash", source = "divCash")
  @Mapping(target = "splitFactor", source = "splitFactor")
  Candle toCandle(CandlesRecord row);

  /** No adjusted bar when the provider reported none. */
  default Candle.Adjusted toAdjusted(CandlesRecord row) {
    return row.getAdjOpen() == null ? null : toReportedAdjusted(row);
  }

  @Named("reportedAdjusted")
  @Mapping(target = "open", source = "adjOpen")
  @Mapping(target = "high", source = "adjHigh")
  @Mapping(target = "low", source = "adjLow")
  @Mapping(target = "close", source = "adjClose")
  @Mapping(target = "volume", source = "adjVolume")
  Candle.Adjusted toReportedAdjusted(CandlesRecord row);

  @Mapping(target = "exDate", source = "ts")
  @Mapping(target = "ratio", source = "splitFactor")
  CorporateAction.Split toSplit(CorporateActionRow row);

  @Mapping(target = "exDate", source = "ts")
  @Mapping(target = "cash", source = "divCash")
  CorporateAction.Dividend toDividend(CorporateActionRow row);
}
