package io.phasewise.application.account.port.out;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import java.time.Instant;

/** Outgoing port: stores new API tokens, their revocation and (coarsely) their last use. */
public interface SaveApiTokenPort {
  void insert(ApiToken token);

  /** Marks the token revoked {@code at} unless it is revoked already; false when it does not exist or was revoked. */
  boolean revoke(ApiTokenId id, Instant at);

  /** Records a use {@code at}, unless a later use is recorded already. Bookkeeping: no version change. */
  void recordUse(ApiTokenId id, Instant at);
}
