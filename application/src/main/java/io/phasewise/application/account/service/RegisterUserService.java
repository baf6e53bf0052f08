package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.RegisterUserUseCase;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.application.account.port.out.DuplicateEmailException;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.TokenSecretGenerator;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;

/**
 * Signs users up as {@link io.phasewise.domain.account.Role#USER}s: stores the user and a first token named
 * {@value #FIRST_TOKEN_NAME}, with the role's default scopes, in one transaction.
 */
public final class RegisterUserService implements RegisterUserUseCase {
  public static final String FIRST_TOKEN_NAME = "sign-up";

  private final LoadUserPort load;
  private final SaveUserPort save;
  private final TokenIssuer tokens;
  private final TransactionPort tx;
  private final Clock clock;
  private final IdGenerator ids;

  public RegisterUserService(LoadUserPort load, SaveUserPort save, SaveApiTokenPort tokens, TokenSecretGenerator secrets,
      TransactionPort tx, Clock clock, IdGenerator ids) {
    this.load = load;
    this.save = save;
    this.tokens = new TokenIssuer(tokens, secrets, ids);
    this.ids = ids;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, Registration> register(RegisterUserCommand command) {
    return tx.inTransactionEither(() -> {
      if (load.findByEmail(command.email()).isPresent()) return Either.left(taken(command.email()));
      Instant now = clock.instant();
      User user = User.register(UserId.of(ids.next()), command.email(), command.settings(), now);
      try {
        save.insert(user);
      } catch (DuplicateEmailException raced) {
        return Either.left(taken(command.email()));
      }
      return Either.right(new Registration(user, tokens.issue(user.id(), FIRST_TOKEN_NAME, user.role().defaultScopes(), now)));
    });
  }

  private static Failure taken(EmailAddress email) {
    return new Failure.Conflict("a user with the e-mail address " + email + " already exists");
  }
}
