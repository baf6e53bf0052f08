package io.phasewise.application.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.application.account.port.in.GrantRoleCommand;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.application.testing.InMemoryAccounts;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles granted by operators, and token scopes bounded by the owner's role, on the in-memory fakes. */
class RoleAndScopeServicesTest {
  private static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");
  private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryMarket(Clock.fixed(NOW, ZoneOffset.UTC)));

  private Registration register(String email) {
    return accounts.useCases.registerUser().register(new RegisterUserCommand(EmailAddress.of(email), null)).get();
  }

  private Either<Failure, IssuedToken> issue(UserId owner, Set<Scope> scopes) {
    return accounts.useCases.issueToken().issue(new IssueApiTokenCommand(owner, "t", scopes));
  }

  private Caller caller(IssuedToken token) {
    return accounts.useCases.authenticate().identify(token.secret().value()).orElseThrow();
  }

  private void grant(String email, Role role) {
    assertThat(accounts.useCases.grantRole().grant(new GrantRoleCommand(EmailAddress.of(email), role)).get().role())
        .isEqualTo(role);
  }

  @Test
  void sign_up_makes_a_user_whose_first_token_reads_and_writes() {
    Registration r = register("u@example.org");

    assertThat(r.user().role()).isEqualTo(Role.USER);
    assertThat(r.token().token().scopes()).containsExactly(Scope.READ, Scope.WRITE);
    assertThat(caller(r.token())).isEqualTo(new Caller(r.user().id(), Role.USER, EnumSet.of(Scope.READ, Scope.WRITE)));
  }

  @Test
  void a_user_cannot_get_the_admin_scope_and_a_guest_cannot_write() {
    UserId user = register("u@example.org").user().id();
    Failure refused = issue(user, EnumSet.of(Scope.READ, Scope.ADMIN)).getLeft();
    assertThat(refused).isInstanceOf(Failure.Forbidden.class);
    assertThat(refused.message()).contains("USER", "ADMIN");
    assertThat(issue(user, EnumSet.of(Scope.READ)).get().token().scopes()).containsExactly(Scope.READ);

    UserId guest = register("g@example.org").user().id();
    grant("g@example.org", Role.GUEST);
    assertThat(issue(guest, EnumSet.of(Scope.WRITE)).getLeft()).isInstanceOf(Failure.Forbidden.class);
    assertThat(issue(guest, null).get().token().scopes()).as("a guest's default").containsExactly(Scope.READ);
    assertThat(accounts.useCases.listTokens().list(guest)).hasSize(2);
  }

  @Test
  void an_admin_gets_the_admin_scope_only_when_asking_for_it() {
    Registration r = register("ops@example.org");
    grant("ops@example.org", Role.ADMIN);

    assertThat(issue(r.user().id(), null).get().token().scopes()).containsExactly(Scope.READ, Scope.WRITE);
    IssuedToken admin = issue(r.user().id(), EnumSet.allOf(Scope.class)).get();
    assertThat(caller(admin).has(Scope.ADMIN)).isTrue();
    assertThat(caller(r.token()).role()).as("the sign-up token now speaks for an admin").isEqualTo(Role.ADMIN);
  }

  @Test
  void a_demoted_admin_loses_the_admin_scope_at_once_although_the_token_was_cached() {
    Registration r = register("ops@example.org");
    grant("ops@example.org", Role.ADMIN);
    IssuedToken admin = issue(r.user().id(), EnumSet.allOf(Scope.class)).get();
    assertThat(caller(admin).has(Scope.ADMIN)).isTrue();

    grant("ops@example.org", Role.GUEST);

    assertThat(caller(admin)).isEqualTo(new Caller(r.user().id(), Role.GUEST, EnumSet.of(Scope.READ)));
  }

  @Test
  void granting_a_role_to_an_unknown_address_is_not_found() {
    assertThat(accounts.useCases.grantRole().grant(new GrantRoleCommand(EmailAddress.of("nobody@example.org"), Role.ADMIN))
        .getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void a_token_asked_with_no_scope_at_all_is_a_programming_error() {
    UserId user = register("u@example.org").user().id();
    assertThatIllegalArgumentException().isThrownBy(() -> new IssueApiTokenCommand(user, "t", Set.of()))
        .withMessageContaining("at least one scope");
  }
}
