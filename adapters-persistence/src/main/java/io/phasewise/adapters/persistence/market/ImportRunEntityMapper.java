package io.phasewise.adapters.persistence.market;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Maps import runs to and from {@link ImportRunJpaEntity}, keeping the first rejections only. */
@Mapper(uses = MarketValues.class)
interface ImportRunEntityMapper {
  ImportRunEntityMapper INSTANCE = Mappers.getMapper(ImportRunEntityMapper.class);

  /** Rejections kept per run; the count of all of them is kept too. */
  int KEPT_REJECTIONS = 100;

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "assetId", source = "asset")
  @Mapping(target = "origin", source = "report.origin")
  @Mapping(target = "readCount", source = "report.read")
  @Mapping(target = "insertedCount", source = "report.inserted")
  @Mapping(target = "updatedCount", source = "report.updated")
  @Mapping(target = "unchangedCount", source = "report.unchanged")
  @Mapping(target = "rejectedCount", expression = "java(run.report().rejectedCount())")
  @Mapping(target = "rejections", source = "report.rejected", qualifiedByName = "kept")
  ImportRunJpaEntity toEntity(ImportRun run);

  @Named("kept")
  default List<ImportRejectionJpaEmbeddable> kept(List<CandleRow.Rejected> rejected) {
    List<ImportRejectionJpaEmbeddable> kept = new ArrayList<>();
    for (CandleRow.Rejected row : rejected.subList(0, Math.min(KEPT_REJECTIONS, rejected.size()))) {
      kept.add(toEmbeddable(row));
    }
    return kept;
  }

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
