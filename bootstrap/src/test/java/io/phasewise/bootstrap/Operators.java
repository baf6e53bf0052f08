package io.phasewise.bootstrap;

import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.account.port.in.GrantRoleCommand;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import java.util.EnumSet;
import java.util.UUID;

/** The end-to-end tests' fixture for writes to shared data: a new admin's token with every scope, made as the CLI makes one. */
final class Operators {
  private Operators() {}

  /** Signs up a fresh operator on {@code app}, grants them ADMIN and returns the secret of their admin token. */
  static String adminToken(Phasewise app) {
    AccountUseCases accounts = app.useCases().accounts();
    EmailAddress email = EmailAddress.of("operator-" + UUID.randomUUID() + "@example.org");
    Registration operator = accounts.registerUser().register(new RegisterUserCommand(email, null)).get();
    accounts.grantRole().grant(new GrantRoleCommand(email, Role.ADMIN)).get();
    return accounts.issueToken().issue(new IssueApiTokenCommand(operator.user().id(), "tests", EnumSet.allOf(Scope.class)))
        .get().secret().value();
  }
}
