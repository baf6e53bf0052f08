package io.phasewise.adapters.rest.account;

import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.User;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** A user as they see their own account. */
@Schema(name = "User")
record UserJson(
    String id,
    String email,
    @Schema(description = "ADMIN, USER or GUEST; only an operator changes it") Role role,
    @Schema(description = "free-form JSON object of preferences") Map<String, Object> settings,
    Instant createdAt,
    Instant updatedAt) {

  static UserJson of(User user) {
    return new UserJson(user.id().toString(), user.email().value(), user.role(), user.settings().values(), user.createdAt(),
        user.updatedAt());
  }
}
