package io.phasewise.application.market.port.out;

/** Outgoing port: appends an import run to the operations log. */
public interface SaveImportRunPort {
  void save(ImportRun run);
}
