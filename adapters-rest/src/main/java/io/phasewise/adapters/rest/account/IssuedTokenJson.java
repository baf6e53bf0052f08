package io.phasewise.adapters.rest.account;

import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.domain.account.Scope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A token just issued, with its secret: shown in this response only, it cannot be read again. */
@Schema(name = "IssuedToken")
record IssuedTokenJson(
    String id,
    String name,
    @Schema(description = "what it may do: READ, WRITE, ADMIN") List<Scope> scopes,
    String prefix,
    @Schema(description = "send as 'Authorization: Bearer <secret>'; shown once, store it now") String secret,
    Instant createdAt) {

  static IssuedTokenJson of(IssuedToken issued) {
    return new IssuedTokenJson(issued.token().id().toString(), issued.token().name(),
        List.copyOf(issued.token().scopes()), issued.token().prefix(),
        issued.secret().value(), issued.token().createdAt());
  }
}
