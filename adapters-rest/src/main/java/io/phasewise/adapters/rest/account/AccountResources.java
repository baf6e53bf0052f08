package io.phasewise.adapters.rest.account;

import io.phasewise.application.account.AccountUseCases;
import java.util.List;

/** The account context's resources: sign-up, the caller's account and API tokens. */
public final class AccountResources {
  private AccountResources() {}

  public static List<Object> of(AccountUseCases accounts) {
    return List.of(
        new SignUpResource(accounts.registerUser()),
        new MeResource(accounts.findUser(), accounts.updateSettings()),
        new ApiTokenResource(accounts.issueToken(), accounts.listTokens(), accounts.revokeToken()));
  }
}
