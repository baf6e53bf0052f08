package io.phasewise.adapters.persistence.sentiment;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.SentimentObservationsRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.SentimentSourcesRecord;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import java.time.Instant;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps sentiment sources and observations to and from rows of {@code sentiment_sources} and {@code sentiment_observations}. */
@Mapper(uses = {MarketValues.class, SentimentValues.class})
interface SentimentRecordMapper {
  SentimentRecordMapper INSTANCE = Mappers.getMapper(SentimentRecordMapper.class);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "reliabilityTier", source = "tier")
  @Mapping(target = "createdAt", source = "now")
  SentimentSourcesRecord newSource(String name, SentimentChannel channel, ReliabilityTier tier, Map<String, String> meta,
      Instant now);

  @Mapping(target = "tier", source = "reliabilityTier")
  SentimentSource toSource(SentimentSourcesRecord row);

  @Mapping(target = "assetId", source = "asset")
  @Mapping(target = "sourceId", source = "source")
  @Mapping(target = "features", source = "features", qualifiedByName = "features")
  @Mapping(target = "recordedAt", ignore = true)
  SentimentObservationsRecord toRecord(SentimentObservation observation);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "source", source = "sourceId")
  @Mapping(target = "features", source = "features", qualifiedByName = "features")
  SentimentObservation toObservation(SentimentObservationsRecord row);
}
