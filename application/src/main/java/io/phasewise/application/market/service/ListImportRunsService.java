package io.phasewise.application.market.service;

import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.market.port.in.ListImportRunsUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Reads an asset's import log after checking the asset exists. */
public final class ListImportRunsService implements ListImportRunsUseCase {
  static final int MAX_LIMIT = 100;

  private final LoadAssetsPort assets;
  private final LoadImportRunsPort runs;

  public ListImportRunsService(LoadAssetsPort assets, LoadImportRunsPort runs) {
    this.assets = assets;
    this.runs = runs;
  }

  @Override
  public Either<Failure, List<ImportRun>> recent(AssetId asset, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      return Either.left(Failure.InvalidInput.of("limit", "must be in 1.." + MAX_LIMIT + ", not " + limit));
    }
    if (assets.findById(asset).isEmpty()) return Either.left(new Failure.NotFound("asset", asset.toString()));
    return Either.right(runs.recent(asset, limit));
  }
}
