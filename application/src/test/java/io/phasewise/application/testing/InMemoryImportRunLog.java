package io.phasewise.application.testing;

import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.port.out.SaveImportRunPort;
import io.phasewise.domain.market.AssetId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** In-memory fake of the import-run log; keeps the rejections a report lists, like the database. */
public final class InMemoryImportRunLog implements SaveImportRunPort, LoadImportRunsPort {
  private final List<ImportRun> runs = new ArrayList<>();

  /** Drops the runs of an asset (the fake's ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    runs.removeIf(r -> r.asset().equals(asset));
  }

  @Override
  public synchronized void save(ImportRun run) {
    ImportReport r = run.report();
    runs.add(new ImportRun(run.asset(), run.interval(),
        new ImportReport(r.origin(), r.read(), r.inserted(), r.updated(), r.unchanged(), r.rejected()), run.startedAt(),
        run.finishedAt()));
  }

  @Override
  public synchronized List<ImportRun> recent(AssetId asset, int limit) {
    return runs.stream().filter(r -> r.asset().equals(asset))
        .sorted(Comparator.comparing(ImportRun::startedAt).reversed())
        .limit(limit)
        .toList();
  }
}
