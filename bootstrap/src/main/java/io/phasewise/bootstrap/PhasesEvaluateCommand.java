package io.phasewise.bootstrap;

import io.phasewise.adapters.providers.csv.YahooCsvCandleSource;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.phase.port.in.EvaluatePhasesQuery;
import io.phasewise.application.phase.port.in.EvaluatePhasesQuery.SuppliedSeries;
import io.phasewise.application.phase.port.in.PhaseEvaluationReport;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.research.EvaluationSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code phases evaluate}: the phase evaluation report (docs/ANALYTICS.md, "Evaluating phases") on stored
 * daily series named by {@code --asset} and on Yahoo daily CSV files given as arguments (their adjusted
 * prices, the asset type inferred from the file's symbol); with neither, on every stored stock, ETF, index
 * and crypto asset.
 */
@Command(name = "evaluate", description = "Evaluate the phases against a naive SMA-50 filter on daily series, with block-bootstrap intervals,"
    + " a DEFECT-to-cash rule, reaction lags and a null calibration on random walks.")
final class PhasesEvaluateCommand implements Callable<Integer> {
  @CommandLine.ParentCommand
  PhasewiseCli.Phases phases;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "<file|folder>", description = "Yahoo daily CSV files, or folders of them, to evaluate.")
  List<Path> paths = List.of();

  @Option(names = "--asset", paramLabel = "SYMBOL", description = "A stored asset to evaluate (repeatable).")
  List<String> assets = List.of();

  @Option(names = "--horizon", defaultValue = "" + EvaluationSettings.DEFAULT_HORIZON, description = "Forward horizon in bars (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--block", description = "Bootstrap block length in bars, at least the horizon (default: 3 horizons).")
  Integer block;

  @Option(names = "--resamples", defaultValue = "" + EvaluationSettings.DEFAULT_RESAMPLES, description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--seed", defaultValue = "" + EvaluationSettings.DEFAULT_SEED, description = "Seed of the bootstrap and the random walks (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--walks", defaultValue = "" + EvaluatePhasesQuery.DEFAULT_WALKS, description = "Random walks of the null calibration (default: ${DEFAULT-VALUE}).")
  int walks;

  @Override
  public Integer call() {
    EvaluationSettings settings = new EvaluationSettings(horizon, block == null ? EvaluationSettings.of(horizon).blockLength() : block,
        resamples, seed);
    List<SuppliedSeries> files = new ArrayList<>();
    for (Path file : CandleFileImport.csvFiles(paths)) files.add(read(file));
    EvaluatePhasesQuery query = new EvaluatePhasesQuery(assets, files, settings, walks);
    try (Phasewise app = Phasewise.start(phases.parent.settings())) {
      PhaseEvaluationReport report = PortfolioCommand.result(app.useCases().phases().evaluate().evaluate(query));
      PrintWriter out = spec.commandLine().getOut();
      out.print(new PhaseEvaluationText(report));
      out.flush();
      return 0;
    }
  }

  /** The file's daily bars at their adjusted prices (the raw ones where the file has none); bad rows are left out. */
  private static SuppliedSeries read(Path file) {
    String symbol = CandleFileImport.symbolOf(file);
    CandleSeries.Builder bars = CandleSeries.builder(Interval.D1);
    try (CandleFeed feed = YahooCsvCandleSource.create().open(file)) {
      for (CandleRow row = feed.next(); row != null; row = feed.next()) {
        if (row instanceof CandleRow.Good good) bars.add(adjusted(good.candle()));
      }
    }
    return new SuppliedSeries(symbol, bars.build(), ReferenceSymbols.inference().type(symbol));
  }

  private static Candle adjusted(Candle raw) {
    Candle.Adjusted a = raw.adjusted();
    return a == null ? raw : Candle.of(raw.time(), a.open(), a.high(), a.low(), a.close(), raw.volume(), raw.source());
  }
}
