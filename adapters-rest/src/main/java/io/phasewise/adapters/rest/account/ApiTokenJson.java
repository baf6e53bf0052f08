package io.phasewise.adapters.rest.account;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.Scope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A personal API token as listed: never its secret, which is not kept. */
@Schema(name = "ApiToken")
record ApiTokenJson(
    String id,
    String name,
    @Schema(description = "what it may do: READ, WRITE, ADMIN") List<Scope> scopes,
    @Schema(description = "the first characters of the secret, to tell tokens apart", example = "pw_Xk3v9QaB")
    String prefix,
    Instant createdAt,
    @Schema(description = "last request it authenticated, to the minute; null when never used") Instant lastUsedAt,
    @Schema(description = "when it was revoked; null while active") Instant revokedAt,
    boolean active) {

  static ApiTokenJson of(ApiToken token) {
    return new ApiTokenJson(token.id().toString(), token.name(), List.copyOf(token.scopes()), token.prefix(), token.createdAt(), token.lastUsedAt(),
        token.revokedAt(), !token.isRevoked());
  }
}
