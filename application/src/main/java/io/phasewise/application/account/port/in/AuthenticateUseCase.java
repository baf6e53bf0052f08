package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.UserId;
import java.util.Optional;

/** Use case: who a personal API token belongs to and what it may do, when the token is known and not revoked. */
public interface AuthenticateUseCase {
  /**
   * The token's owner with the owner's role and the token's scopes (as far as the role allows), or empty
   * for an unknown, malformed or revoked token (never a failure to explain).
   */
  Optional<Caller> identify(String token);

  /** The token's owner, or empty as for {@link #identify}. */
  default Optional<UserId> authenticate(String token) {
    return identify(token).map(Caller::user);
  }
}
