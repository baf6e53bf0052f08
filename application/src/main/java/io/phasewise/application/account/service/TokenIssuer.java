package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.ApiTokenSecret;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.TokenSecretGenerator;
import io.phasewise.domain.account.UserId;
import java.time.Instant;
import java.util.Set;

/** Makes a new secret, stores the token that hashes it and hands back both: shared by sign-up and issuing. */
final class TokenIssuer {
  private final SaveApiTokenPort save;
  private final TokenSecretGenerator secrets;
  private final IdGenerator ids;

  TokenIssuer(SaveApiTokenPort save, TokenSecretGenerator secrets, IdGenerator ids) {
    this.save = save;
    this.secrets = secrets;
    this.ids = ids;
  }

  IssuedToken issue(UserId owner, String name, Set<Scope> scopes, Instant at) {
    ApiTokenSecret secret = secrets.next();
    ApiToken token = ApiToken.issue(new ApiTokenId(ids.next()), owner, name, scopes, secret, at);
    save.insert(token);
    return new IssuedToken(token, secret);
  }
}
