package io.phasewise.bootstrap;

import io.phasewise.domain.market.SymbolInference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The symbol inference on the reference data shipped in the jar ({@code reference/etfs.csv}: symbol,name). */
final class ReferenceSymbols {
  private static final String ETFS = "/reference/etfs.csv";

  private ReferenceSymbols() {}

  static SymbolInference inference() {
    return new SymbolInference(etfs());
  }

  static Map<String, String> etfs() {
    InputStream csv = ReferenceSymbols.class.getResourceAsStream(ETFS);
    if (csv == null) throw new IllegalStateException("reference data missing from the jar: " + ETFS);
    Map<String, String> names = new LinkedHashMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("symbol,") && !line.isBlank()).forEach(line -> {
        int comma = line.indexOf(',');
        names.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ETFS, e);
    }
    return names;
  }
}
