package io.phasewise.application.account.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.TokenSecretGenerator;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the user and token ports passes (fake and database); each test starts empty. */
public abstract class AccountPortsContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private final TokenSecretGenerator secrets = new TokenSecretGenerator(new Random(7));

  protected abstract LoadUserPort loadUsers();

  protected abstract SaveUserPort saveUsers();

  protected abstract LoadApiTokensPort loadTokens();

  protected abstract SaveApiTokenPort saveTokens();

  protected User newUser(String email) {
    User user = User.register(new UserId(UUID.randomUUID()), EmailAddress.of(email), UserSettings.EMPTY, T0);
    saveUsers().insert(user);
    return user;
  }

  protected ApiToken newToken(UserId owner, String name, Instant at) {
    ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), owner, name, Set.of(Scope.READ), secrets.next(), at);
    saveTokens().insert(token);
    return token;
  }

  private static UserSettings settings() {
    return UserSettings.of(Map.of("theme", "dark", "risk", 3, "beta", true,
        "notifications", Map.of("email", false, "channels", List.of("push", "webhook"))));
  }

  @Test
  void an_inserted_user_reads_back_by_id_and_by_email() {
    User user = User.register(new UserId(UUID.randomUUID()), EmailAddress.of("Ada@Example.org"), settings(), T0);
    saveUsers().insert(user);

    assertThat(loadUsers().findById(user.id())).contains(user);
    assertThat(loadUsers().findByEmail(EmailAddress.of("ada@example.org"))).contains(user);
    assertThat(loadUsers().findById(new UserId(UUID.randomUUID()))).isEmpty();
    assertThat(loadUsers().findByEmail(EmailAddress.of("nobody@example.org"))).isEmpty();
  }

  @Test
  void an_email_belongs_to_one_user() {
    newUser("taken@example.org");

    User second = User.register(new UserId(UUID.randomUUID()), EmailAddress.of("TAKEN@example.org"), UserSettings.EMPTY, T0);
    assertThatThrownBy(() -> saveUsers().insert(second))
        .isInstanceOf(DuplicateEmailException.class).hasMessageContaining("taken@example.org");
    assertThat(loadUsers().findById(second.id())).isEmpty();
  }

  @Test
  void update_replaces_settings_and_change_time_only() {
    User user = newUser("change@example.org");
    User changed = user.mergeSettings(settings(), T0.plusSeconds(60));

    assertThat(saveUsers().update(changed)).isTrue();

    User read = loadUsers().findById(user.id()).orElseThrow();
    assertThat(read.settings()).isEqualTo(settings());
    assertThat(read.createdAt()).isEqualTo(T0);
    assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(saveUsers().update(User.register(new UserId(UUID.randomUUID()), EmailAddress.of("ghost@example.org"), settings(), T0)))
        .isFalse();
  }

  @Test
  void a_role_is_stored_and_changed_and_a_token_keeps_its_scopes() {
    User user = newUser("roles@example.org");
    assertThat(loadUsers().findById(user.id()).orElseThrow().role()).isEqualTo(Role.USER);

    assertThat(saveUsers().update(user.withRole(Role.ADMIN, T0.plusSeconds(5)))).isTrue();
    assertThat(loadUsers().findByEmail(user.email()).orElseThrow().role()).isEqualTo(Role.ADMIN);

    ApiToken all = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), user.id(), "ops", EnumSet.allOf(Scope.class),
        secrets.next(), T0);
    saveTokens().insert(all);
    ApiToken readOnly = newToken(user.id(), "ro", T0.plusSeconds(1));
    assertThat(loadTokens().findById(all.id()).orElseThrow().scopes()).containsExactly(Scope.READ, Scope.WRITE, Scope.ADMIN);
    assertThat(loadTokens().findByHash(all.hash()).orElseThrow().scopes()).containsExactly(Scope.READ, Scope.WRITE, Scope.ADMIN);
    assertThat(loadTokens().tokensOf(user.id())).extracting(ApiToken::scopes)
        .containsExactly(readOnly.scopes(), all.scopes());
  }

  @Test
  void a_token_reads_back_by_id_and_by_hash_and_lists_newest_first_per_owner() {
    UserId owner = newUser("tokens@example.org").id();
    UserId other = newUser("other@example.org").id();
    ApiToken older = newToken(owner, "laptop", T0);
    ApiToken newer = newToken(owner, "ci", T0.plusSeconds(10));
    ApiToken theirs = newToken(other, "theirs", T0.plusSeconds(20));

    assertThat(loadTokens().findById(older.id())).contains(older);
    assertThat(loadTokens().findByHash(newer.hash())).contains(newer);
    assertThat(loadTokens().findByHash(secrets.next().hash())).isEmpty();
    assertThat(loadTokens().findById(new ApiTokenId(UUID.randomUUID()))).isEmpty();
    assertThat(loadTokens().tokensOf(owner)).containsExactly(newer, older);
    assertThat(loadTokens().tokensOf(other)).containsExactly(theirs);
    assertThat(loadTokens().tokensOf(new UserId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void revoking_sets_the_time_once() {
    ApiToken token = newToken(newUser("revoke@example.org").id(), "old", T0);

    assertThat(saveTokens().revoke(token.id(), T0.plusSeconds(5))).isTrue();
    assertThat(saveTokens().revoke(token.id(), T0.plusSeconds(9))).isFalse();
    assertThat(saveTokens().revoke(new ApiTokenId(UUID.randomUUID()), T0)).isFalse();

    ApiToken read = loadTokens().findByHash(token.hash()).orElseThrow();
    assertThat(read.revokedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(read.isRevoked()).isTrue();
  }

  @Test
  void a_recorded_use_only_moves_forward() {
    ApiToken token = newToken(newUser("use@example.org").id(), "used", T0);

    saveTokens().recordUse(token.id(), T0.plusSeconds(120));
    saveTokens().recordUse(token.id(), T0.plusSeconds(60));
    saveTokens().recordUse(new ApiTokenId(UUID.randomUUID()), T0);

    assertThat(loadTokens().findById(token.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void a_revoked_token_still_records_nothing_new_about_its_revocation_when_used() {
    ApiToken token = newToken(newUser("both@example.org").id(), "both", T0);
    saveTokens().revoke(token.id(), T0.plusSeconds(5));
    saveTokens().recordUse(token.id(), T0.plusSeconds(6));

    ApiToken read = loadTokens().findById(token.id()).orElseThrow();
    assertThat(read.revokedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(read.lastUsedAt()).isEqualTo(T0.plusSeconds(6));
  }
}
