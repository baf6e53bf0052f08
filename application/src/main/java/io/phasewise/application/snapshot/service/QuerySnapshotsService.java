package io.phasewise.application.snapshot.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.in.LatestSnapshots;
import io.phasewise.application.snapshot.port.in.LatestSnapshotsQuery;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.SnapshotHistoryQuery;
import io.phasewise.application.snapshot.port.in.TrainingRowsQuery;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotSet;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Reads stored snapshots; every asset named in a request must be registered. */
public final class QuerySnapshotsService implements QuerySnapshotsUseCase {
  /** Most assets one latest-snapshots or training-rows call may name. */
  public static final int MAX_ASSETS = 1_000;

  private final LoadAssetsPort assets;
  private final LoadSnapshotsPort snapshots;

  public QuerySnapshotsService(LoadAssetsPort assets, LoadSnapshotsPort snapshots) {
    this.assets = assets;
    this.snapshots = snapshots;
  }

  @Override
  public Either<Failure, Page<SnapshotSet>> history(SnapshotHistoryQuery query) {
    AssetId asset = query.asset();
    Interval interval = query.interval();
    Instant from = query.from();
    Instant to = query.to();
    PageRequest page = query.page();
    if (assets.findById(asset).isEmpty()) return Either.left(new Failure.NotFound("asset", asset.toString()));
    return Either.right(new Page<>(snapshots.history(asset, interval, from, to, page.offset(), page.limit()),
        snapshots.count(asset, interval, from, to), page));
  }

  @Override
  public Either<Failure, LatestSnapshots> latest(LatestSnapshotsQuery query) {
    return known(query.assets()).map(ids -> {
      Map<AssetId, SnapshotSet> latest = snapshots.latest(ids, query.interval(), query.asOf());
      List<SnapshotSet> found = new ArrayList<>();
      List<AssetId> missing = new ArrayList<>();
      for (AssetId id : ids) {
        SnapshotSet set = latest.get(id);
        if (set == null) missing.add(id);
        else found.add(set);
      }
      return new LatestSnapshots(found, missing);
    });
  }

  @Override
  public Either<Failure, Page<TrainingRow>> trainingRows(TrainingRowsQuery query) {
    Interval interval = query.interval();
    Instant from = query.from();
    Instant to = query.to();
    PageRequest page = query.page();
    return known(query.assets()).map(ids -> new Page<>(snapshots.trainingRows(interval, from, to, ids, page.offset(), page.limit()),
        snapshots.countTrainingRows(interval, from, to, ids), page));
  }

  /** The distinct requested assets in request order, or an error naming every one not registered. */
  private Either<Failure, List<AssetId>> known(List<AssetId> requested) {
    List<AssetId> ids = List.copyOf(new LinkedHashSet<>(requested));
    if (ids.size() > MAX_ASSETS) {
      return Either.left(Failure.InvalidInput.of("assets", "at most " + MAX_ASSETS + " assets per call: " + ids.size()));
    }
    Map<AssetId, ?> registered = assets.findByIds(ids);
    List<String> unknown = ids.stream().filter(id -> !registered.containsKey(id)).map(AssetId::toString).toList();
    if (!unknown.isEmpty()) return Either.left(Failure.InvalidInput.of("assets", "unknown asset ids: " + String.join(", ", unknown)));
    return Either.right(ids);
  }
}
