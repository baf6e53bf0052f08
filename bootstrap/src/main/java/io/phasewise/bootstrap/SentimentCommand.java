package io.phasewise.bootstrap;

import io.phasewise.application.sentiment.port.in.ImportSentimentFileCommand;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceCommand;
import io.phasewise.application.sentiment.port.in.SentimentReport;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code sentiment} commands: import files of observations, list and register sentiment sources. */
@Command(name = "sentiment", description = "Sentiment observations and their sources.",
    subcommands = {SentimentCommand.ImportFiles.class, SentimentCommand.Sources.class})
final class SentimentCommand implements Callable<Integer> {
  /** Rejections printed per file; the rest are counted. */
  static final int SHOWN_REJECTIONS = 20;

  @CommandLine.ParentCommand
  PhasewiseCli parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: the usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** Imports CSV or JSON-lines files of observations, printing each file's report and its first rejections. */
  @Command(name = "import", description = "Import sentiment observations from CSV or JSON-lines files "
      + "(fields asset, source, observed_at, score, magnitude, features).")
  static final class ImportFiles implements Callable<Integer> {
    @CommandLine.ParentCommand
    SentimentCommand sentiment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file>", description = "Files; the format is told by .csv, .jsonl or .ndjson.")
    List<Path> files;

    @Option(names = "--format", description = "csv or jsonl, for files named otherwise.")
    String format;

    @Override
    public Integer call() {
      SentimentFileFormat given = format == null ? null : SentimentFileFormat.fromCode(format)
          .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "'; use csv or jsonl"));
      for (Path file : files) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
      }
      PrintWriter out = spec.commandLine().getOut();
      int failed = 0;
      try (Phasewise app = Phasewise.start(sentiment.parent.settings())) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          Either<Failure, SentimentReport> result;
          try {
            result = app.useCases().sentiment().importFile()
                .importFile(new ImportSentimentFileCommand(Files.newInputStream(file), name, given));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
          }
          if (result.isLeft()) {
            failed++;
            out.println(name + " FAILED: " + result.getLeft().message());
            continue;
          }
          print(out, name, result.get());
        }
      }
      out.flush();
      return failed == 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, String file, SentimentReport report) {
      out.println(report);
      report.rejections().stream().limit(SHOWN_REJECTIONS).forEach(r -> out.println("    " + file + ":" + r.row() + ": "
          + r.field() + ": " + r.problem()));
      if (report.rejections().size() > SHOWN_REJECTIONS) {
        out.println("    ... and " + (report.rejections().size() - SHOWN_REJECTIONS) + " more problems");
      }
    }
  }

  /** Lists the registered sources; {@code add} registers one. */
  @Command(name = "sources", description = "List the sentiment sources.", subcommands = SentimentCommand.AddSource.class)
  static final class Sources implements Callable<Integer> {
    @CommandLine.ParentCommand
    SentimentCommand sentiment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Phasewise app = Phasewise.start(sentiment.parent.settings())) {
        List<SentimentSource> sources = app.useCases().sentiment().listSources().sources();
        if (sources.isEmpty()) out.println("no sentiment sources; add one with: phasewise sentiment sources add NAME --channel news");
        sources.forEach(s -> out.println(describe(s)));
      }
      out.flush();
      return 0;
    }
  }

  /** Registers one source. */
  @Command(name = "add", description = "Register a sentiment source.")
  static final class AddSource implements Callable<Integer> {
    @CommandLine.ParentCommand
    Sources sources;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<name>", description = "Unique name, e.g. Reuters.")
    String name;

    @Option(names = "--channel", required = true, description = "news, social or forum.")
    String channel;

    @Option(names = "--tier", description = "Reliability tier A (most trusted), B or C (default: B).")
    String tier;

    @Option(names = "--meta", description = "A fact about the source, name=value; repeatable.")
    Map<String, String> meta;

    @Override
    public Integer call() {
      Either<Failure, RegisterSentimentSourceCommand> command = RegisterSentimentSourceCommand.of(name, channel, tier, meta);
      if (command.isLeft()) throw new IllegalArgumentException(command.getLeft().message());
      try (Phasewise app = Phasewise.start(sources.sentiment.parent.settings())) {
        Either<Failure, SentimentSource> registered = app.useCases().sentiment().registerSource().register(command.get());
        if (registered.isLeft()) return PhasewiseCli.refused(spec.commandLine().getErr(), registered.getLeft());
        spec.commandLine().getOut().println("registered " + describe(registered.get()));
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }

  static String describe(SentimentSource source) {
    return "source " + source.id() + ": " + source.name() + " (" + source.channel().code() + ", tier " + source.tier().code() + ")";
  }
}
