package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.UserId;
import java.util.Optional;

/** Use case: the user a personal API token belongs to, when the token is known and not revoked. */
public interface AuthenticateUseCase {
  /** The token's owner, or empty for an unknown, malformed or revoked token (never a failure to explain). */
  Optional<UserId> authenticate(String token);
}
