package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.ListApiTokensUseCase;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.UserId;
import java.util.List;

/** Lists a user's tokens, newest first. */
public final class ListApiTokensService implements ListApiTokensUseCase {
  private final LoadApiTokensPort load;

  public ListApiTokensService(LoadApiTokensPort load) {
    this.load = load;
  }

  @Override
  public List<ApiToken> list(UserId owner) {
    return load.tokensOf(owner);
  }
}
