package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.UserId;
import java.util.List;

/** Use case: a user's API tokens, newest first, revoked ones included; never their secrets, which are not kept. */
public interface ListApiTokensUseCase {
  List<ApiToken> list(UserId owner);
}
