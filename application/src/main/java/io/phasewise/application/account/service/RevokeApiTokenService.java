package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.RevokeApiTokenCommand;
import io.phasewise.application.account.port.in.RevokeApiTokenUseCase;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/**
 * Revokes a caller's own token and drops it from the authentication cache after the revocation
 * commits, so that this process refuses the token from the next request on.
 */
public final class RevokeApiTokenService implements RevokeApiTokenUseCase {
  private final LoadApiTokensPort load;
  private final SaveApiTokenPort save;
  private final TokenCache cache;
  private final TransactionPort tx;
  private final Clock clock;

  public RevokeApiTokenService(LoadApiTokensPort load, SaveApiTokenPort save, TokenCache cache, TransactionPort tx,
      Clock clock) {
    this.load = load;
    this.save = save;
    this.cache = cache;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, ApiToken> revoke(RevokeApiTokenCommand command) {
    Either<Failure, ApiToken> result = tx.inTransactionEither(() -> load.findById(command.token())
        .filter(token -> token.owner().equals(command.owner()))
        .<Either<Failure, ApiToken>>map(token -> {
          if (token.isRevoked()) return Either.right(token);
          ApiToken revoked = token.revoke(clock.instant());
          save.revoke(token.id(), revoked.revokedAt());
          return Either.right(revoked);
        })
        .orElseGet(() -> Either.left(new Failure.NotFound("api token", command.token().toString()))));
    result.forEach(token -> cache.evict(token.id()));
    return result;
  }
}
