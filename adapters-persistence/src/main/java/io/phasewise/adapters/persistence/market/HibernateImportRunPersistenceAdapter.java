package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.port.out.SaveImportRunPort;
import io.phasewise.domain.market.AssetId;
import java.util.List;

/** Appends import runs to {@code import_runs} and reads them back, newest first, with Hibernate. */
final class HibernateImportRunPersistenceAdapter implements SaveImportRunPort, LoadImportRunsPort {
  private final Database database;
  private final ImportRunEntityMapper mapper = ImportRunEntityMapper.INSTANCE;

  HibernateImportRunPersistenceAdapter(Database database) {
    this.database = database;
  }

  @Override
  public void save(ImportRun run) {
    database.inSession(session -> {
      session.persist(mapper.toEntity(run));
      return null;
    });
  }

  @Override
  public List<ImportRun> recent(AssetId asset, int limit) {
    return database.inSession(session -> session
        .createSelectionQuery("from ImportRun where assetId = :asset order by startedAt desc, id desc",
            ImportRunJpaEntity.class)
        .setParameter("asset", asset.value())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(mapper::toRun)
        .toList());
  }
}
