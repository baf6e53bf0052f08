package io.phasewise.application.portfolio.port.out;

import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/** Outgoing port: writes ledger events as a Phasewise CSV statement, the layout its reader imports back. */
public interface WriteLedgerCsvPort {

  /** Writes {@code events} in their order to {@code out}, naming each instrument by {@code symbols}; does not close {@code out}. */
  void write(List<LedgerEvent> events, Function<Instrument, String> symbols, OutputStream out);
}
