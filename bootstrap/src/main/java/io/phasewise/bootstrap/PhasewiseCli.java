package io.phasewise.bootstrap;

import io.phasewise.adapters.providers.synthetic.SyntheticMarketConfig;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The {@code phasewise} command line: {@code serve} (the default), {@code import}, {@code generate},
 * {@code recompute}, {@code sentiment}, {@code user add}, {@code token issue}, {@code admin grant}, {@code phases}
 * (and {@code phases evaluate}), {@code pipeline} and
 * {@code portfolio}.
 */
@Command(name = "phasewise", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
    version = "Phasewise 0.1.0",
    description = "Market intelligence on PostgreSQL: REST server, candle import and synthetic data.",
    subcommands = {CommandLine.HelpCommand.class, PhasewiseCli.Serve.class, PhasewiseCli.Import.class, PhasewiseCli.Generate.class,
        PhasewiseCli.Recompute.class, SentimentCommand.class, AccountCommands.Users.class, AccountCommands.Tokens.class,
        AccountCommands.Admins.class,
        PhasewiseCli.Phases.class, PhasewiseCli.Pipeline.class, PortfolioCommand.class})
public final class PhasewiseCli implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(PhasewiseCli.class);

  @Option(names = "--home", description = "Directory for Phasewise's files (default: $PHASEWISE_HOME or ~/.phasewise).")
  Path home;

  public static void main(String[] args) {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with its error handling: a bad argument (exit code 2) or anything else a command
   * cannot do (exit code 1) prints one clear line, not a stack trace (that is logged at debug level).
   */
  static CommandLine commandLine() {
    return new CommandLine(new PhasewiseCli()).setExecutionExceptionHandler((e, cli, parsed) -> {
      cli.getErr().println("phasewise: " + CliFailure.oneLine(e));
      if (e instanceof IllegalArgumentException) return CommandLine.ExitCode.USAGE;
      LOG.debug("command failed", e);
      return CommandLine.ExitCode.SOFTWARE;
    });
  }

  /** With no subcommand, serve. */
  @Override
  public Integer call() throws Exception {
    return new Serve(this).call();
  }

  /** The interval with this code, or an error listing the codes. */
  static Interval interval(String code) {
    return Interval.fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown interval '" + code + "'; use 1m 5m 15m 30m 1h 4h 1d 1w"));
  }

  /** A use case's refusal as one line on {@code err}; exit code 1. */
  static int refused(PrintWriter err, Failure failure) {
    err.println("phasewise: " + failure.message());
    return 1;
  }

  PhasewiseSettings settings() {
    PhasewiseSettings fromEnv = PhasewiseSettings.fromEnvironment(System.getenv());
    return home == null ? fromEnv : fromEnv.withHome(home);
  }

  /** Starts the REST server on the configured database, loading the demo universe into an empty one. */
  @Command(name = "serve", description = "Run the REST server (the default command).")
  static final class Serve implements Callable<Integer> {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @Option(names = "--port", description = "HTTP port (default: $PHASEWISE_PORT or 8080).")
    Integer port;

    @Option(names = "--no-demo", description = "Do not load the demo universe into an empty database.")
    boolean noDemo;

    Serve() {}

    Serve(PhasewiseCli parent) {
      this.parent = parent;
    }

    @Override
    public Integer call() throws Exception {
      long started = System.nanoTime();
      PhasewiseSettings settings = parent.settings();
      if (port != null) settings = settings.withPort(port);
      PortCheck.free(settings.host(), settings.port());
      Phasewise app = Phasewise.startServing(settings);
      long demo = System.nanoTime();
      if (!noDemo && DemoUniverse.loadIfEmpty(app, settings.home(), System.err)) LOG.info("demo universe loaded in {}", Elapsed.since(demo));
      long http = System.nanoTime();
      PhasewiseServer server = PhasewiseServer.start(app, settings);
      LOG.info("HTTP server and API ready in {}", Elapsed.since(http));
      WebhookDispatcher webhooks = WebhookDispatcher.start(app.useCases().alerts().dispatch(), settings.webhooks().poll(),
          app.infrastructure().clock());
      PipelineScheduler pipeline = PipelineScheduler.start(app.useCases().pipeline().run(), settings.pipeline());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        long stopping = System.nanoTime();
        server.close();
        pipeline.close();
        webhooks.close();
        app.close();
        LOG.info("Phasewise stopped in {}", Elapsed.since(stopping));
      }, "phasewise-shutdown"));
      LOG.info("Phasewise serving on {} (health: {}api/health), started in {}", server.baseUri(), server.baseUri(),
          Elapsed.since(started));
      Thread.currentThread().join();
      return 0;
    }
  }

  /** Imports Yahoo-format candle files, registering unknown assets from the file name. */
  @Command(name = "import", description = "Import daily candle CSV files (Yahoo export format) or folders of them.")
  static final class Import implements Callable<Integer> {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @Parameters(arity = "1..*", paramLabel = "<file|folder>", description = "CSV files, or folders whose *.csv files are imported.")
    List<Path> paths;

    @Option(names = "--interval", defaultValue = "1d", description = "Bar interval of the files (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--type", paramLabel = "TYPE", description = "Type of a new asset: stock, etf, crypto, stablecoin, forex,"
        + " index or macro (default: inferred from the symbol, e.g. ^GSPC index, TNX macro, EURUSD=X forex, GLD etf).")
    String type;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name of a new asset, for one file (default: the"
        + " reference name of a known ETF, index or yield, else the symbol).")
    String name;

    @Override
    public Integer call() {
      Interval bars = interval(interval);
      Optional<AssetType> assetType = Optional.ofNullable(type).map(t -> AssetType.fromCode(t).orElseThrow(
          () -> new IllegalArgumentException("unknown asset type '" + t + "'; use stock etf crypto stablecoin forex index macro")));
      List<Path> files = CandleFileImport.csvFiles(paths);
      if (name != null && files.size() != 1) {
        throw new IllegalArgumentException("--name names one asset: give exactly one file, not " + files.size());
      }
      try (Phasewise app = Phasewise.start(parent.settings())) {
        CandleFileImport.Summary summary = new CandleFileImport(app, assetType, Optional.ofNullable(name), System.err)
            .importAll(files, bars);
        System.out.println(summary);
        return summary.failedFiles() == 0 ? 0 : 1;
      }
    }
  }

  /** Generates synthetic assets and candles into the database. */
  @Command(name = "generate", description = "Generate a deterministic synthetic market into the database.")
  static final class Generate implements Callable<Integer> {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @Option(names = "--assets", defaultValue = "10", description = "Number of assets (default: ${DEFAULT-VALUE}).")
    int assets;

    @Option(names = "--bars", defaultValue = "2520", description = "Bars per asset (default: ${DEFAULT-VALUE}).")
    int bars;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
      SyntheticMarketConfig market = SyntheticUniverse.config(assets, bars, seed);
      try (Phasewise app = Phasewise.start(parent.settings())) {
        System.out.println(SyntheticUniverse.generate(app, market, System.err));
        return 0;
      }
    }
  }

  /**
   * A command on the bars of one {@code --interval}: checks the interval, then runs on the configured
   * database, printing to the command line's streams; returns the exit code.
   */
  abstract static class OnBars implements Callable<Integer> {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @Option(names = "--interval", defaultValue = "1d", description = "Bar interval (default: ${DEFAULT-VALUE}).")
    String interval;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract int run(Phasewise app, Interval bars, PrintWriter out, PrintWriter err);

    /** Checks the command's own arguments before the database starts; by default there are none. */
    void check() {}

    @Override
    public Integer call() {
      Interval bars = interval(interval);
      check();
      try (Phasewise app = Phasewise.start(parent.settings())) {
        return run(app, bars, spec.commandLine().getOut(), spec.commandLine().getErr());
      }
    }
  }

  /** Recomputes the snapshots of every asset, in parallel, printing one line per failed asset. */
  @Command(name = "recompute", description = "Recompute the snapshots (market, indicators, features) of every asset.")
  static final class Recompute extends OnBars {
    @Option(names = "--rebuild", description = "Recompute every bar, not only bars without snapshots.")
    boolean rebuild;

    @Override
    int run(Phasewise app, Interval bars, PrintWriter out, PrintWriter err) {
      Either<Failure, BatchReport<RecomputeResult>> result = app.useCases().snapshots().recompute()
          .recomputeUniverse(bars, rebuild, RecomputeLog.snapshotProgress(err));
      if (result.isLeft()) return refused(err, result.getLeft());
      BatchReport<RecomputeResult> report = result.get();
      out.println(RecomputeLog.snapshotSummary(bars, report));
      return report.failed() == 0 ? 0 : 1;
    }
  }

  /** Recomputes and records the phases of every active asset, or of one symbol, printing each outcome and a summary. */
  @Command(name = "phases", description = "Recompute the Tit-for-Tat phases of every active asset, or of one; 'phases evaluate' measures them.",
      subcommands = PhasesEvaluateCommand.class)
  static final class Phases extends OnBars {
    @Option(names = "--asset", paramLabel = "SYMBOL", description = "Only the asset(s) with this symbol.")
    String asset;

    @Override
    void check() {
      if (asset != null && !AssetProfile.isValidSymbol(asset.strip().toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("'" + asset + "' is not a valid asset symbol");
      }
    }

    @Override
    int run(Phasewise app, Interval bars, PrintWriter out, PrintWriter err) {
      BatchReport<PhaseRecomputeResult> report;
      if (asset == null) {
        report = app.useCases().phases().recompute().recomputeAll(bars, RecomputeLog.phaseProgress(err));
      } else {
        List<Asset> matching = app.useCases().market().findAsset().withSymbol(asset.strip().toUpperCase(Locale.ROOT));
        if (matching.isEmpty()) throw new IllegalArgumentException("no asset has the symbol '" + asset + "'");
        report = app.useCases().phases().recompute()
            .recompute(matching.stream().map(Asset::id).toList(), bars, RecomputeLog.phaseProgress(err));
      }
      out.print(RecomputeLog.phaseOutcomes(report));
      out.println(RecomputeLog.phaseSummary(bars, report));
      return report.failed() == 0 ? 0 : 1;
    }
  }

  /** Runs the pipeline once over every analysed asset, printing each outcome (failed ones first) and a summary. */
  @Command(name = "pipeline", description = "Run the analysis pipeline once: snapshots, phases and webhooks of every analysed asset.")
  static final class Pipeline extends OnBars {
    @Override
    int run(Phasewise app, Interval bars, PrintWriter out, PrintWriter err) {
      Either<Failure, PipelineRun> result = app.useCases().pipeline().run().run(PipelineTrigger.ON_DEMAND, bars);
      if (result.isLeft()) return refused(err, result.getLeft());
      PipelineRun run = result.get();
      out.print(PipelineRunLog.outcomes(run));
      out.println(PipelineRunLog.summary(run));
      return run.assetsFailed() == 0 && run.failure() == null ? 0 : 1;
    }
  }
}
