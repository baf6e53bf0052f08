package io.phasewise.adapters.persistence.snapshot;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.SnapshotsRecord;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.snapshot.FeatureVector;
import io.phasewise.domain.snapshot.IndicatorSnapshot;
import io.phasewise.domain.snapshot.MarketSnapshot;
import io.phasewise.domain.snapshot.SnapshotSet;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps the snapshots of a bar to and from a row of {@code snapshots}, and training rows from rows with a close. */
@Mapper(uses = {MarketValues.class, SnapshotValues.class})
interface SnapshotRecordMapper {
  SnapshotRecordMapper INSTANCE = Mappers.getMapper(SnapshotRecordMapper.class);

  // NaN becomes NULL only by name: with boxing, MapStruct would also take value(Double) for double -> Double
  @Mapping(target = "assetId", source = "market.asset")
  @Mapping(target = "interval", source = "market.interval")
  @Mapping(target = "barTime", source = "market.barTime")
  @Mapping(target = "price", source = "market.price", qualifiedByName = "nullIfNaN")
  @Mapping(target = "changePct", source = "market.changePct", qualifiedByName = "nullIfNaN")
  @Mapping(target = "volume", source = "market.volume", qualifiedByName = "nullIfNaN")
  @Mapping(target = "vwap", source = "market.vwap", qualifiedByName = "nullIfNaN")
  @Mapping(target = "volatility_1d", source = "market.volatility1d", qualifiedByName = "nullIfNaN")
  @Mapping(target = "rsi_14", source = "indicators.rsi14", qualifiedByName = "nullIfNaN")
  @Mapping(target = "macd", source = "indicators.macd", qualifiedByName = "nullIfNaN")
  @Mapping(target = "macdSignal", source = "indicators.macdSignal", qualifiedByName = "nullIfNaN")
  @Mapping(target = "atr_14", source = "indicators.atr14", qualifiedByName = "nullIfNaN")
  @Mapping(target = "sma_20", source = "indicators.sma20", qualifiedByName = "nullIfNaN")
  @Mapping(target = "sma_50", source = "indicators.sma50", qualifiedByName = "nullIfNaN")
  @Mapping(target = "ret_1d", source = "features.ret1d", qualifiedByName = "nullIfNaN")
  @Mapping(target = "ret_5d", source = "features.ret5d", qualifiedByName = "nullIfNaN")
  @Mapping(target = "ret_20d", source = "features.ret20d", qualifiedByName = "nullIfNaN")
  @Mapping(target = "momentum_5d", source = "features.momentum5d", qualifiedByName = "nullIfNaN")
  @Mapping(target = "vol_20d", source = "features.vol20d", qualifiedByName = "nullIfNaN")
  @Mapping(target = "volumeZscore", source = "features.volumeZScore", qualifiedByName = "nullIfNaN")
  @Mapping(target = "extras", source = "features.extras")
  SnapshotsRecord toRecord(MarketSnapshot market, IndicatorSnapshot indicators, FeatureVector features);

  @Mapping(target = "market", source = ".")
  @Mapping(target = "indicators", source = ".")
  @Mapping(target = "features", source = ".")
  SnapshotSet toSnapshotSet(SnapshotsRecord row);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "volatility1d", source = "volatility_1d")
  MarketSnapshot toMarket(SnapshotsRecord row);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "rsi14", source = "rsi_14")
  @Mapping(target = "atr14", source = "atr_14")
  @Mapping(target = "sma20", source = "sma_20")
  @Mapping(target = "sma50", source = "sma_50")
  IndicatorSnapshot toIndicators(SnapshotsRecord row);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "ret1d", source = "ret_1d")
  @Mapping(target = "ret5d", source = "ret_5d")
  @Mapping(target = "ret20d", source = "ret_20d")
  @Mapping(target = "rsi14", source = "rsi_14")
  @Mapping(target = "momentum5d", source = "momentum_5d")
  @Mapping(target = "vol20d", source = "vol_20d")
  @Mapping(target = "atr14", source = "atr_14")
  @Mapping(target = "volumeZScore", source = "volumeZscore")
  FeatureVector toFeatures(SnapshotsRecord row);

  @Mapping(target = "features", source = "row")
  TrainingRow toTrainingRow(SnapshotsRecord row, Double close);
}
