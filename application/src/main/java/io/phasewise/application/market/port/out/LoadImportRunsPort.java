package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.ImportRun;
import io.phasewise.domain.market.AssetId;
import java.util.List;

/** Outgoing port: reads the import runs of an asset, newest first. */
public interface LoadImportRunsPort {
  /** At most {@code limit} runs; rejected rows beyond the first 100 of a run are not kept. */
  List<ImportRun> recent(AssetId asset, int limit);
}
