package io.phasewise.bootstrap;

import io.phasewise.application.account.port.in.GrantRoleCommand;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The operator's account commands: {@code user add EMAIL}, {@code token issue EMAIL} and
 * {@code admin grant EMAIL}. A token secret is printed once, on standard output, or written to an owner-only
 * file ({@code --out}); nothing else ever shows it again. Whoever runs them holds the database's credentials,
 * so they are how the first administrator is made: no route of the API grants a role.
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

  /** A group of subcommands (user, token, admin), run without one: a usage error naming what is missing. */
  abstract static class Group implements Runnable {
    @CommandLine.ParentCommand
    PhasewiseCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required subcommand: " + String.join(" or ", spec.subcommands().keySet()));
    }
  }

  /**
   * A subcommand about the user with the e-mail address given: runs one use case on the configured
   * database, prints its result, or one line saying why it was refused (exit code 1).
   */
  abstract static class ForUser<T> implements Callable<Integer> {
    @CommandLine.ParentCommand
    Group group;

    @Parameters(paramLabel = "EMAIL", description = "The user's e-mail address (compared in lower case).")
    String email;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract Either<Failure, T> perform(Phasewise app, EmailAddress email);

    abstract void print(PrintWriter out, T result);

    /** Checks the subcommand's other arguments before the database starts; by default there are none. */
    void check() {}

    @Override
    public Integer call() {
      EmailAddress address = email(email);
      check();
      try (Phasewise app = Phasewise.start(group.parent.settings())) {
        Either<Failure, T> result = perform(app, address);
        if (result.isLeft()) return PhasewiseCli.refused(spec.commandLine().getErr(), result.getLeft());
        PrintWriter out = spec.commandLine().getOut();
        print(out, result.get());
        out.flush();
        return 0;
      }
    }
  }

  static void printToken(PrintWriter out, IssuedToken issued) {
    out.println("token " + issued.token().id() + " \"" + issued.token().name() + "\" " + issued.token().scopes());
    out.println("secret " + issued.secret().value());
    out.println("(the secret is shown only now: send it as 'Authorization: Bearer <secret>')");
  }

  /** {@code user add EMAIL}: signs a user up and prints their id and first token. */
  @Command(name = "user", description = "Manage users.", subcommands = Users.Add.class)
  static final class Users extends Group {
    @Command(name = "add", description = "Add a user; prints the user id and a first API token (shown once).")
    static final class Add extends ForUser<Registration> {
      @Override
      Either<Failure, Registration> perform(Phasewise app, EmailAddress email) {
        return app.useCases().accounts().registerUser().register(new RegisterUserCommand(email, UserSettings.EMPTY));
      }

      @Override
      void print(PrintWriter out, Registration registration) {
        out.println("user " + registration.user().id() + " " + registration.user().email());
        printToken(out, registration.token());
      }
    }
  }

  /** {@code token issue EMAIL [--name N] [--scopes S,...] [--out FILE]}: issues an existing user another token. */
  @Command(name = "token", description = "Manage API tokens.", subcommands = Tokens.Issue.class)
  static final class Tokens extends Group {
    @Command(name = "issue", description = "Issue an existing user a new API token; prints it (shown once) or writes it "
        + "to an owner-only file.")
    static final class Issue extends ForUser<IssuedToken> {
      @Option(names = "--name", defaultValue = "cli", description = "What to call the token (default: ${DEFAULT-VALUE}).")
      String name;

      @Option(names = "--scopes", split = ",", paramLabel = "SCOPE",
          description = "What the token may do: READ, WRITE, ADMIN (ADMIN for an admin only); default READ,WRITE as far "
              + "as the user's role allows.")
      Set<Scope> scopes;

      @Option(names = "--out", paramLabel = "FILE",
          description = "Write the secret to FILE (mode 600, replaced if it exists) instead of printing it.")
      Path out;

      @Override
      void check() {
        ApiToken.nameProblem(name == null ? null : name.strip()).ifPresent(p -> {
          throw new IllegalArgumentException("token name " + p + ": '" + name + "'");
        });
      }

      @Override
      Either<Failure, IssuedToken> perform(Phasewise app, EmailAddress email) {
        return app.useCases().accounts().findUser().findByEmail(email).map(User::id)
            .flatMap(owner -> app.useCases().accounts().issueToken().issue(new IssueApiTokenCommand(owner, name, scopes)));
      }

      @Override
      void print(PrintWriter printed, IssuedToken issued) {
        if (out == null) {
          printToken(printed, issued);
          return;
        }
        OwnerOnlyFile.write(out, issued.secret().value(), true);
        printed.println("token " + issued.token().id() + " \"" + issued.token().name() + "\" " + issued.token().scopes());
        printed.println("secret written to " + out + " (readable by its owner only)");
      }
    }
  }

  /** {@code admin grant EMAIL [--role R]}: gives an existing user a role, by default ADMIN. */
  @Command(name = "admin", description = "Manage administrators.", subcommands = Admins.Grant.class)
  static final class Admins extends Group {
    @Command(name = "grant", description = "Give an existing user a role (default ADMIN: shared market data, imports, "
        + "recomputes, pipeline runs); then issue them a token with --scopes READ,WRITE,ADMIN.")
    static final class Grant extends ForUser<User> {
      @Option(names = "--role", defaultValue = "ADMIN", description = "ADMIN, USER or GUEST (default: ${DEFAULT-VALUE}).")
      Role role;

      @Override
      Either<Failure, User> perform(Phasewise app, EmailAddress email) {
        return app.useCases().accounts().grantRole().grant(new GrantRoleCommand(email, role));
      }

      @Override
      void print(PrintWriter out, User user) {
        out.println("user " + user.id() + " " + user.email() + " is now " + user.role());
      }
    }
  }
}
