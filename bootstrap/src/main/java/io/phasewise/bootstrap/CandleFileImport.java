package io.phasewise.bootstrap;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportSymbolFileCommand;
import io.phasewise.application.market.port.in.SymbolFileImport;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.SymbolInference;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code import} command's work: finds the CSV files, imports each into the asset its name
 * names ({@code GLD.csv} → GLD), registering a new asset with the given or inferred type and name
 * ({@link SymbolInference}) only when its file is valid, and prints a progress bar of finished files
 * and one line per file.
 */
final class CandleFileImport {
  /** Line numbers printed for a reason that repeats. */
  private static final int LINES_SHOWN = 10;

  private final MarketUseCases market;
  private final SymbolInference inference;
  private final Optional<AssetType> type;
  private final Optional<String> name;
  private final PrintStream progress;

  /** Importing into {@code app}, registering new assets as {@code type} and {@code name} where given. */
  CandleFileImport(Phasewise app, Optional<AssetType> type, Optional<String> name, PrintStream progress) {
    this.market = app.useCases().market();
    this.inference = ReferenceSymbols.inference();
    this.type = type;
    this.name = name;
    this.progress = progress;
  }

  /** Totals over every file of one import command. */
  record Summary(int files, int failedFiles, long read, long stored, long unchanged, long rejected) {
    @Override
    public String toString() {
      return "imported " + files + " file(s)" + (failedFiles > 0 ? " (" + failedFiles + " failed)" : "")
          + ": read " + read + ", stored " + stored + ", unchanged " + unchanged + ", rejected " + rejected;
    }
  }

  /** Imports {@code files} (as {@link #csvFiles} lists them) one after the other, printing a line per file. */
  Summary importAll(List<Path> files, Interval interval) {
    long read = 0, stored = 0, unchanged = 0, rejected = 0;
    int failed = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      progress.printf("%s %-20s", bar(i, files.size()), file.getFileName());
      Either<Failure, SymbolFileImport> result = importFile(file, interval);
      if (result.isLeft()) {
        failed++;
        progress.println(" FAILED: " + result.getLeft().message());
        continue;
      }
      ImportReport r = result.get().report();
      read += r.read();
      stored += r.stored();
      unchanged += r.unchanged();
      rejected += r.rejectedCount();
      progress.println(" read " + r.read() + ", stored " + r.stored() + ", unchanged " + r.unchanged() + ", rejected "
          + r.rejectedCount() + registered(result.get()));
      printRejections(file, r.rejected());
      if (r.rejectedNotListed() > 0) {
        progress.println("    " + file.getFileName() + ": " + r.rejectedNotListed() + " more rejected rows not listed");
      }
    }
    progress.println(bar(files.size(), files.size()));
    return new Summary(files.size(), failed, read, stored, unchanged, rejected);
  }

  private static String registered(SymbolFileImport done) {
    if (!done.registered()) return "";
    return "; new " + done.asset().type().code() + " " + done.asset().symbol() + " \"" + done.asset().profile().name() + "\"";
  }

  /**
   * One line per distinct reason: a reason given once names its line ({@code TNX.csv:5: Open is null}),
   * a repeated one is counted with its first lines ({@code TNX.csv: 392 rows: Open is null (lines 5, 11, ...)}).
   */
  private void printRejections(Path file, List<CandleRow.Rejected> rejected) {
    Map<String, List<Long>> linesByReason = new LinkedHashMap<>();
    rejected.forEach(bad -> linesByReason.computeIfAbsent(bad.reason(), reason -> new ArrayList<>()).add(bad.line()));
    linesByReason.forEach((reason, lines) -> {
      if (lines.size() == 1) {
        progress.println("    " + file.getFileName() + ":" + lines.get(0) + ": " + reason);
      } else {
        String first = lines.stream().limit(LINES_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        progress.println("    " + file.getFileName() + ": " + lines.size() + " rows: " + reason + " (lines " + first
            + (lines.size() > LINES_SHOWN ? ", ...)" : ")"));
      }
    });
  }

  private Either<Failure, SymbolFileImport> importFile(Path file, Interval interval) {
    String symbol = symbolOf(file);
    if (!AssetProfile.isValidSymbol(symbol)) {
      return Either.left(Failure.InvalidInput.of("file", "'" + file.getFileName() + "' does not name a valid asset symbol"));
    }
    AssetProfile profile = inference.profile(symbol, Optional.of(type.orElseGet(() -> typeOf(symbol))), name);
    return market.importSymbolFile().importFile(
        new ImportSymbolFileCommand(profile, interval, open(file), file.getFileName().toString(), CandleFileFormat.YAHOO));
  }

  /** The type of the asset already registered with {@code symbol} (the inferred type's first), else the inferred type. */
  private AssetType typeOf(String symbol) {
    AssetType inferred = inference.type(symbol);
    List<Asset> known = market.findAsset().withSymbol(symbol);
    return known.stream().map(Asset::type).filter(inferred::equals).findFirst()
        .orElseGet(() -> known.isEmpty() ? inferred : known.get(0).type());
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static String symbolOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
  }

  /**
   * The CSV files of {@code paths}: files as given, folders by their {@code *.csv} files in name order.
   *
   * @throws IllegalArgumentException naming the first path that is neither a file nor a folder
   */
  static List<Path> csvFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> inside = Files.list(p)) {
          inside.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    return files;
  }

  private static String bar(int done, int total) {
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total;
  }
}
