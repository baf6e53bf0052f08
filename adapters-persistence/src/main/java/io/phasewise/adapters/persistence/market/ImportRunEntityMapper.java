package io.phasewise.adapters.persistence.market;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps import runs to and from {@link ImportRunJpaEntity}, with the rejections the report lists. */
@Mapper(uses = MarketValues.class)
interface ImportRunEntityMapper {
  ImportRunEntityMapper INSTANCE = Mappers.getMapper(ImportRunEntityMapper.class);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "assetId", source = "asset")
  @Mapping(target = "origin", source = "report.origin")
  @Mapping(target = "readCount", source = "report.read")
  @Mapping(target = "insertedCount", source = "report.inserted")
  @Mapping(target = "updatedCount", source = "report.updated")
  @Mapping(target = "unchangedCount", source = "report.unchanged")
  @Mapping(target = "rejectedCount", expression = "java(run.report().rejectedCount())")
  @Mapping(target = "rejections", source = "report.rejected")
  ImportRunJpaEntity toEntity(ImportRun run);

  ImportRejectionJpaEmbeddable toEmbeddable(CandleRow.Rejected rejected);

  CandleRow.Rejected toRejected(ImportRejectionJpaEmbeddable rejection);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "report", source = ".")
  ImportRun toRun(ImportRunJpaEntity entity);

  @Mapping(target = "read", source = "readCount")
  @Mapping(target = "inserted", source = "insertedCount")
  @Mapping(target = "updated", source = "updatedCount")
  @Mapping(target = "unchanged", source = "unchangedCount")
  @Mapping(target = "rejected", source = "rejections")
  @Mapping(target = "outliers", expression = "java(java.util.List.of())") // a stored run keeps no outliers
  ImportReport toReport(ImportRunJpaEntity entity);
}
