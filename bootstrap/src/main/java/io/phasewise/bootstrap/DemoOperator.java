package io.phasewise.bootstrap;

import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.account.port.in.GrantRoleCommand;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.UserSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * The demo's operator: {@value #EMAIL}, an {@link Role#ADMIN} whose token with every scope is written to
 * {@code <home>/admin-token} (mode 600, never printed), so the README's examples that change market data run
 * as written. Nothing but the demo makes an admin without an operator asking: there is no default password.
 */
final class DemoOperator {
  static final String EMAIL = "operator@phasewise.local";
  static final String TOKEN_FILE = "admin-token";

  private DemoOperator() {}

  /** Signs the operator up, makes them an admin and writes their admin token; returns the token file. */
  static Path create(Phasewise app, Path home, PrintStream progress) {
    AccountUseCases accounts = app.useCases().accounts();
    Registration operator = accounts.registerUser()
        .register(new RegisterUserCommand(EmailAddress.of(EMAIL), UserSettings.EMPTY))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
    accounts.grantRole().grant(new GrantRoleCommand(operator.user().email(), Role.ADMIN))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
    IssuedToken token = accounts.issueToken()
        .issue(new IssueApiTokenCommand(operator.user().id(), "demo operator", EnumSet.allOf(Scope.class)))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
    Path file = OwnerOnlyFile.write(home.resolve(TOKEN_FILE), token.secret().value(), true);
    progress.println("  demo operator " + EMAIL + " (admin): its API token is in " + file);
    return file;
  }
}
