package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.IssueApiTokenUseCase;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.TokenSecretGenerator;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Set;

/**
 * Issues API tokens to existing users, at most {@value IssueApiTokenUseCase#MAX_ACTIVE_TOKENS} active at a time,
 * with the scopes asked for if the user's role permits them all (forbidden otherwise), else the role's default.
 */
public final class IssueApiTokenService implements IssueApiTokenUseCase {
  private final LoadUserPort users;
  private final LoadApiTokensPort load;
  private final TokenIssuer tokens;
  private final TransactionPort tx;
  private final Clock clock;

  public IssueApiTokenService(LoadUserPort users, LoadApiTokensPort load, SaveApiTokenPort save,
      TokenSecretGenerator secrets, TransactionPort tx, Clock clock, IdGenerator ids) {
    this.users = users;
    this.load = load;
    this.tokens = new TokenIssuer(save, secrets, ids);
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, IssuedToken> issue(IssueApiTokenCommand command) {
    return tx.inTransactionEither(() -> FindUserService.found(users.findById(command.owner()), command.owner().toString())
        .flatMap(user -> {
          long active = load.tokensOf(user.id()).stream().filter(t -> !t.isRevoked()).count();
          if (active >= MAX_ACTIVE_TOKENS) {
            return Either.left(new Failure.Conflict("a user may hold at most " + MAX_ACTIVE_TOKENS
                + " active tokens; revoke one first"));
          }
          Set<Scope> scopes = command.asked().orElse(user.role().defaultScopes());
          if (!user.role().permits(scopes)) {
            return Either.left(new Failure.Forbidden("a token of a " + user.role() + " may carry the scopes "
                + user.role().scopes() + " only, not " + scopes));
          }
          return Either.right(tokens.issue(user.id(), command.name(), scopes, clock.instant()));
        }));
  }
}
