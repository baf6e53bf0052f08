package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.ImportReport;
import io.phasewise.domain.market.Asset;

/** What importing a file for a symbol did: the asset, whether this import registered it, and the import's report. */
public record SymbolFileImport(Asset asset, boolean registered, ImportReport report) {}
