package io.phasewise.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code phasewise} command line run in this JVM, keeping what it printed: the last run's output, all output and all errors. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter allOut = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command line with {@code args}; its exit code. */
  int run(String... args) {
    out.getBuffer().setLength(0);
    CommandLine cli = PhasewiseCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    allOut.append(out.toString());
    return exit;
  }

  /** Runs the command line with {@code --home home} before {@code args}; its exit code. */
  int runIn(Path home, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--home";
    all[1] = home.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  /** What every run so far printed to standard output. */
  String allOut() {
    return allOut.toString();
  }

  /** What the last run printed to standard output. */
  String out() {
    return out.toString();
  }

  /** What every run so far printed to standard error. */
  String err() {
    return err.toString();
  }
}
