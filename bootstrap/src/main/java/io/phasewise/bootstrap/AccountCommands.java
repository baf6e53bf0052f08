package io.phasewise.bootstrap;

import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The operator's account commands: {@code user add EMAIL} and {@code token issue EMAIL}. Each prints a
 * token secret once, on standard output; nothing else ever shows it again.
 */
final class AccountCommands {
  private AccountCommands() {}

  /** The e-mail address in {@code text}, or an error saying what is wrong with it. */
  static EmailAddress email(String text) {
    EmailAddress.problem(text).ifPresent(p -> {
      throw new IllegalArgumentException("e-mail address " + p + ": '" + text + "'");
    });
    return EmailAddress.of(text);
  }

  /** Prints a failure as one line on standard error and returns the exit code for it. */
  static int refused(CommandLine.Model.CommandSpec spec, Failure failure) {
    spec.commandLine().getErr().println("phasewise: " + failure.message());
    return 1;
  }

  static void printToken(PrintWriter out, IssuedToken issued) {
    out.println("token " + issued.token().id() + " \"" + issued.token().name() + "\"");
    out.println("secret " + issued.secret().value());
    out.println("(the secret is shown only now: send it as 'Authorization: Bearer <secret>')");
  }

  /** {@code user add EMAIL}: signs a user up and prints their id and first token. */
  @Command(name = "user", description = "Manage users.", subcommands = Users.Add.class)
  static final class Users implements Runnable {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: add");
    }

    @Command(name = "add", description = "Add a user; prints the user id and a first API token (shown once).")
    static final class Add implements Callable<Integer> {
      @CommandLine.ParentCommand
      Users users;

      @Parameters(paramLabel = "EMAIL", description = "The user's e-mail address (unique, compared in lower case).")
      String email;

      @CommandLine.Spec
      CommandLine.Model.CommandSpec spec;

      @Override
      public Integer call() {
        EmailAddress address = email(email);
        try (Phasewise app = Phasewise.start(users.parent.settings())) {
          Either<Failure, Registration> result = app.registerUser().register(new RegisterUserCommand(address, UserSettings.EMPTY));
          if (result.isLeft()) return refused(spec, result.getLeft());
          PrintWriter out = spec.commandLine().getOut();
          out.println("user " + result.get().user().id() + " " + result.get().user().email());
          printToken(out, result.get().token());
          out.flush();
          return 0;
        }
      }
    }
  }

  /** {@code token issue EMAIL [--name N]}: issues an existing user another token. */
  @Command(name = "token", description = "Manage API tokens.", subcommands = Tokens.Issue.class)
  static final class Tokens implements Runnable {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: issue");
    }

    @Command(name = "issue", description = "Issue a user a new API token; prints it (shown once).")
    static final class Issue implements Callable<Integer> {
      @CommandLine.ParentCommand
      Tokens tokens;

      @Parameters(paramLabel = "EMAIL", description = "The e-mail address of an existing user.")
      String email;

      @Option(names = "--name", defaultValue = "cli", description = "What to call the token (default: ${DEFAULT-VALUE}).")
      String name;

      @CommandLine.Spec
      CommandLine.Model.CommandSpec spec;

      @Override
      public Integer call() {
        EmailAddress address = email(email);
        try (Phasewise app = Phasewise.start(tokens.parent.settings())) {
          Either<Failure, IssuedToken> result = app.findUser().findByEmail(address)
              .map(User::id)
              .flatMap(owner -> app.issueApiToken().issue(new IssueApiTokenCommand(owner, name)));
          if (result.isLeft()) return refused(spec, result.getLeft());
          PrintWriter out = spec.commandLine().getOut();
          printToken(out, result.get());
          out.flush();
          return 0;
        }
      }
    }
  }
}
