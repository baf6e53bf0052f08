package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: revoke one of the caller's tokens, effective for the next request. Another user's token
 * is not found, exactly like a token that does not exist; revoking a revoked token changes nothing.
 */
public interface RevokeApiTokenUseCase {
  Either<Failure, ApiToken> revoke(RevokeApiTokenCommand command);
}
