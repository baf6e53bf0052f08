package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.ImportRun;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Use case: the recent candle imports of an asset, newest first, for operators checking what was loaded. */
public interface ListImportRunsUseCase {
  /** At most {@code limit} runs (1..100); not found when the asset does not exist. */
  Either<Failure, List<ImportRun>> recent(AssetId asset, int limit);
}
