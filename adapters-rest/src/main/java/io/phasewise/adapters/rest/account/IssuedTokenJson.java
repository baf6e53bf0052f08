package io.phasewise.adapters.rest.account;

import io.phasewise.application.account.port.in.IssuedToken;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A token just issued, with its secret: shown in this response only, it cannot be read again. */
@Schema(name = "IssuedToken")
record IssuedTokenJson(
    String id,
    String name,
    String prefix,
    @Schema(description = "send as 'Authorization: Bearer <secret>'; shown once, store it now") String secret,
    Instant createdAt) {

  static IssuedTokenJson of(IssuedToken issued) {
    return new IssuedTokenJson(issued.token().id().toString(), issued.token().name(), issued.token().prefix(),
        issued.secret().value(), issued.token().createdAt());
  }
}
