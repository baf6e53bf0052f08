package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.AssetsRecord;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.CryptoSupply;
import java.time.Instant;
import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Maps assets to and from rows of {@code assets}. */
@Mapper(uses = MarketValues.class)
interface AssetRecordMapper {
  AssetRecordMapper INSTANCE = Mappers.getMapper(AssetRecordMapper.class);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "circulatingSupply", source = "profile.supply.circulating")
  @Mapping(target = "totalSupply", source = "profile.supply.total")
  @Mapping(target = "maxSupply", source = "profile.supply.max")
  @Mapping(target = "createdAt", source = "now")
  @Mapping(target = "updatedAt", source = "now")
  AssetsRecord newRecord(AssetProfile profile, Instant now);

  /** The columns an update replaces: everything but the identity and the creation time. */
  @InheritConfiguration(name = "newRecord")
  @Mapping(target = "createdAt", ignore = true)
  AssetsRecord changedRecord(AssetProfile profile, Instant now);

  @Mapping(target = "profile", source = ".")
  Asset toAsset(AssetsRecord row);

  @Mapping(target = "supply", source = ".")
  AssetProfile toProfile(AssetsRecord row);

  /** No supply when no figure is stored. */
  default CryptoSupply toSupply(AssetsRecord row) {
    if (row.getCirculatingSupply() == null && row.getTotalSupply() == null && row.getMaxSupply() == null) return null;
    return toReportedSupply(row);
  }

  @Named("reportedSupply")
  @Mapping(target = "circulating", source = "circulatingSupply")
  @Mapping(target = "total", source = "totalSupply")
  @Mapping(target = "max", source = "maxSupply")
  CryptoSupply toReportedSupply(AssetsRecord row);
}
