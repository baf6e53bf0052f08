package io.phasewise.application.account.port.out;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.UserId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: reads API tokens, revoked ones included. */
public interface LoadApiTokensPort {
  Optional<ApiToken> findById(ApiTokenId id);

  /** The token whose secret has this hash: the authentication lookup, one indexed read. */
  Optional<ApiToken> findByHash(TokenHash hash);

  /** Every token of {@code owner}, newest first. */
  List<ApiToken> tokensOf(UserId owner);
}
