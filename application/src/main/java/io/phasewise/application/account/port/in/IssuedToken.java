package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenSecret;
import java.util.Objects;

/**
 * A token just issued, with its secret: the only moment the secret exists outside its owner's hands.
 * Show it once; it cannot be read back later.
 */
public record IssuedToken(ApiToken token, ApiTokenSecret secret) {
  public IssuedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(secret, "secret");
    if (!token.hash().equals(secret.hash())) throw new IllegalArgumentException("the secret does not belong to token " + token.id());
  }
}
