package io.phasewise.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The {@code phasewise} command line run in this JVM, its standard output of the last run and all its errors kept. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command line with {@code args}; its exit code. */
  int run(String... args) {
    out.getBuffer().setLength(0);
    CommandLine cli = PhasewiseCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
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
