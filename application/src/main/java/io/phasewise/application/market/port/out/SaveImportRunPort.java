package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.ImportRun;

/** Outgoing port: appends an import run to the operations log. */
public interface SaveImportRunPort {
  void save(ImportRun run);
}
