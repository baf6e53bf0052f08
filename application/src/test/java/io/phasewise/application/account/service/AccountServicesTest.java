package io.phasewise.application.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.IssueApiTokenUseCase;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.application.account.port.in.RevokeApiTokenCommand;
import io.phasewise.application.account.port.in.UpdateUserSettingsCommand;
import io.phasewise.application.testing.InMemoryAccounts;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.shared.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sign-up, settings, issuing, listing and revoking tokens on the in-memory fakes. */
class AccountServicesTest {
  private static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");
  private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryMarket(Clock.fixed(NOW, ZoneOffset.UTC)));

  private Registration register(String email) {
    return accounts.useCases.registerUser().register(new RegisterUserCommand(EmailAddress.of(email), null)).get();
  }

  @Test
  void sign_up_stores_the_user_and_a_first_token_whose_secret_authenticates() {
    Registration r = accounts.useCases.registerUser().register(new RegisterUserCommand(EmailAddress.of("New@Example.org"),
        UserSettings.of(Map.of("theme", "dark")))).get();

    assertThat(r.user().email().value()).isEqualTo("new@example.org");
    assertThat(r.user().settings().values()).containsEntry("theme", "dark");
    assertThat(r.user().createdAt()).isEqualTo(NOW);
    assertThat(r.token().token().name()).isEqualTo(RegisterUserService.FIRST_TOKEN_NAME);
    assertThat(r.token().token().owner()).isEqualTo(r.user().id());
    assertThat(accounts.useCases.findUser().find(r.user().id()).get()).isEqualTo(r.user());
    assertThat(accounts.useCases.authenticate().authenticate(r.token().secret().value())).contains(r.user().id());
    assertThat(accounts.tx.started()).isPositive();
  }

  @Test
  void a_taken_email_is_a_conflict_whatever_its_case_and_stores_nothing() {
    register("taken@example.org");

    Failure failure = accounts.useCases.registerUser().register(new RegisterUserCommand(EmailAddress.of(" TAKEN@example.org"), null)).getLeft();

    assertThat(failure).isInstanceOf(Failure.Conflict.class);
    assertThat(failure.message()).contains("taken@example.org");
  }

  @Test
  void find_by_id_and_email_report_unknown_users_as_not_found() {
    Registration r = register("find@example.org");

    assertThat(accounts.useCases.findUser().findByEmail(EmailAddress.of("FIND@example.org")).get()).isEqualTo(r.user());
    assertThat(accounts.useCases.findUser().find(new UserId(UUID.randomUUID())).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(accounts.useCases.findUser().findByEmail(EmailAddress.of("who@example.org")).getLeft().message())
        .isEqualTo("user not found: who@example.org");
  }

  @Test
  void settings_change_by_merge_patch() {
    UserId user = accounts.useCases.registerUser().register(new RegisterUserCommand(EmailAddress.of("s@example.org"),
        UserSettings.of(Map.of("theme", "light", "risk", "low")))).get().user().id();
    java.util.Map<String, Object> patch = new java.util.HashMap<>();
    patch.put("theme", "dark");
    patch.put("risk", null);

    var updated = accounts.useCases.updateSettings().updateSettings(new UpdateUserSettingsCommand(user, UserSettings.of(patch)));

    assertThat(updated.get().settings().values()).isEqualTo(Map.of("theme", "dark"));
    assertThat(accounts.useCases.findUser().find(user).get().settings().values()).isEqualTo(Map.of("theme", "dark"));
    assertThat(accounts.useCases.updateSettings().updateSettings(new UpdateUserSettingsCommand(new UserId(UUID.randomUUID()), UserSettings.EMPTY))
        .getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void issued_tokens_list_newest_first_without_secrets_and_each_authenticates() {
    Registration r = register("issue@example.org");

    IssuedToken ci = accounts.useCases.issueToken().issue(new IssueApiTokenCommand(r.user().id(), "  ci  ")).get();

    assertThat(ci.token().name()).isEqualTo("ci");
    assertThat(ci.secret().prefix()).isEqualTo(ci.token().prefix());
    assertThat(accounts.useCases.listTokens().list(r.user().id())).extracting(ApiToken::id)
        .containsExactlyInAnyOrder(ci.token().id(), r.token().token().id());
    assertThat(accounts.useCases.authenticate().authenticate(ci.secret().value())).contains(r.user().id());
    assertThat(accounts.useCases.issueToken().issue(new IssueApiTokenCommand(new UserId(UUID.randomUUID()), "x")).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThatIllegalArgumentException().isThrownBy(() -> new IssueApiTokenCommand(r.user().id(), " "))
        .withMessage("token name must not be blank");
  }

  @Test
  void a_user_holds_at_most_50_active_tokens() {
    Registration r = register("many@example.org");
    for (int i = 2; i <= IssueApiTokenUseCase.MAX_ACTIVE_TOKENS; i++) {
      assertThat(accounts.useCases.issueToken().issue(new IssueApiTokenCommand(r.user().id(), "t" + i)).isRight()).isTrue();
    }

    assertThat(accounts.useCases.issueToken().issue(new IssueApiTokenCommand(r.user().id(), "one too many")).getLeft())
        .isInstanceOf(Failure.Conflict.class);
    accounts.useCases.revokeToken().revoke(new RevokeApiTokenCommand(r.user().id(), r.token().token().id()));
    assertThat(accounts.useCases.issueToken().issue(new IssueApiTokenCommand(r.user().id(), "after a revocation")).isRight()).isTrue();
  }

  @Test
  void revoking_ends_authentication_at_once_and_is_idempotent() {
    Registration r = register("revoke@example.org");
    String secret = r.token().secret().value();
    assertThat(accounts.useCases.authenticate().authenticate(secret)).isPresent();

    ApiToken revoked = accounts.useCases.revokeToken().revoke(new RevokeApiTokenCommand(r.user().id(), r.token().token().id())).get();

    assertThat(revoked.revokedAt()).isEqualTo(NOW);
    assertThat(accounts.useCases.authenticate().authenticate(secret)).isEmpty();
    assertThat(accounts.useCases.revokeToken().revoke(new RevokeApiTokenCommand(r.user().id(), r.token().token().id())).get())
        .isEqualTo(revoked);
    assertThat(accounts.useCases.listTokens().list(r.user().id())).singleElement().extracting(ApiToken::isRevoked).isEqualTo(true);
  }

  @Test
  void another_users_token_is_not_found_exactly_like_a_missing_one_and_stays_valid() {
    Registration mallory = register("mallory@example.org");
    Registration alice = register("alice@example.org");

    Failure theirs = accounts.useCases.revokeToken().revoke(new RevokeApiTokenCommand(mallory.user().id(), alice.token().token().id()))
        .getLeft();
    ApiTokenId missingId = new ApiTokenId(UUID.randomUUID());
    Failure missing = accounts.useCases.revokeToken().revoke(new RevokeApiTokenCommand(mallory.user().id(), missingId)).getLeft();

    assertThat(theirs).isEqualTo(new Failure.NotFound("api token", alice.token().token().id().toString()));
    assertThat(missing).isEqualTo(new Failure.NotFound("api token", missingId.toString()));
    assertThat(accounts.useCases.authenticate().authenticate(alice.token().secret().value())).contains(alice.user().id());
    assertThat(accounts.useCases.listTokens().list(alice.user().id())).singleElement().extracting(ApiToken::isRevoked).isEqualTo(false);
  }
}
