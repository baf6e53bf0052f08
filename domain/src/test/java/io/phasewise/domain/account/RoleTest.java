package io.phasewise.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final UserId ID = new UserId(UUID.fromString("00000000-0000-4000-8000-000000000001"));

  @Test
  void each_role_bounds_the_scopes_of_its_tokens() {
    assertThat(Role.ADMIN.scopes()).containsExactly(Scope.READ, Scope.WRITE, Scope.ADMIN);
    assertThat(Role.USER.scopes()).containsExactly(Scope.READ, Scope.WRITE);
    assertThat(Role.GUEST.scopes()).containsExactly(Scope.READ);
    assertThat(Role.ADMIN.permits(EnumSet.of(Scope.ADMIN))).isTrue();
    assertThat(Role.USER.permits(EnumSet.of(Scope.READ, Scope.ADMIN))).isFalse();
    assertThat(Role.GUEST.permits(EnumSet.of(Scope.WRITE))).isFalse();
  }

  @Test
  void the_default_scopes_read_and_write_own_data_but_never_administer() {
    assertThat(Role.ADMIN.defaultScopes()).containsExactly(Scope.READ, Scope.WRITE);
    assertThat(Role.USER.defaultScopes()).containsExactly(Scope.READ, Scope.WRITE);
    assertThat(Role.GUEST.defaultScopes()).containsExactly(Scope.READ);
  }

  @Test
  void a_caller_keeps_only_the_scopes_its_role_allows_today() {
    Caller demoted = new Caller(ID, Role.USER, EnumSet.allOf(Scope.class));
    assertThat(demoted.scopes()).containsExactly(Scope.READ, Scope.WRITE);
    assertThat(demoted.has(Scope.ADMIN)).isFalse();
    assertThat(new Caller(ID, Role.GUEST, Set.of(Scope.WRITE)).scopes()).isEmpty();
    assertThat(new Caller(ID, Role.ADMIN, Set.of(Scope.ADMIN)).has(Scope.ADMIN)).isTrue();
  }

  @Test
  void sign_up_makes_a_user_and_only_with_role_changes_the_role() {
    User user = User.register(ID, EmailAddress.of("r@example.org"), UserSettings.EMPTY, T0);
    assertThat(user.role()).isEqualTo(Role.USER);
    User admin = user.withRole(Role.ADMIN, T0.plusSeconds(5));
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(admin.mergeSettings(UserSettings.of(java.util.Map.of("a", 1)), T0.plusSeconds(6)).role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void a_token_has_at_least_one_scope() {
    ApiTokenSecret secret = new TokenSecretGenerator(new java.security.SecureRandom()).next();
    ApiTokenId id = new ApiTokenId(UUID.randomUUID());
    assertThatIllegalArgumentException().isThrownBy(() -> ApiToken.issue(id, ID, "none", Set.of(), secret, T0))
        .withMessageContaining("at least one scope");
    assertThat(ApiToken.issue(id, ID, "ro", Set.of(Scope.READ), secret, T0).revoke(T0).scopes()).containsExactly(Scope.READ);
  }
}
