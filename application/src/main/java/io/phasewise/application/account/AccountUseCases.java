package io.phasewise.application.account;

import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.in.FindUserUseCase;
import io.phasewise.application.account.port.in.GrantRoleUseCase;
import io.phasewise.application.account.port.in.IssueApiTokenUseCase;
import io.phasewise.application.account.port.in.ListApiTokensUseCase;
import io.phasewise.application.account.port.in.RegisterUserUseCase;
import io.phasewise.application.account.port.in.RevokeApiTokenUseCase;
import io.phasewise.application.account.port.in.UpdateUserSettingsUseCase;
import io.phasewise.application.account.service.AuthenticateService;
import io.phasewise.application.account.service.FindUserService;
import io.phasewise.application.account.service.GrantRoleService;
import io.phasewise.application.account.service.IssueApiTokenService;
import io.phasewise.application.account.service.ListApiTokensService;
import io.phasewise.application.account.service.RegisterUserService;
import io.phasewise.application.account.service.RevokeApiTokenService;
import io.phasewise.application.account.service.TokenCache;
import io.phasewise.application.account.service.UpdateUserSettingsService;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.domain.account.TokenSecretGenerator;
import java.security.SecureRandom;

/** The use cases of the account context: sign-up, the user's settings, personal API tokens and roles. */
public record AccountUseCases(
    RegisterUserUseCase registerUser,
    FindUserUseCase findUser,
    UpdateUserSettingsUseCase updateSettings,
    IssueApiTokenUseCase issueToken,
    ListApiTokensUseCase listTokens,
    RevokeApiTokenUseCase revokeToken,
    AuthenticateUseCase authenticate,
    GrantRoleUseCase grantRole) {

  /**
   * Every account service on {@code ports}; {@code tokens} remembers authenticated tokens, and a revocation
   * evicts from it.
   */
  public static AccountUseCases wire(AccountPorts ports, Infrastructure infra, TokenCache tokens) {
    TokenSecretGenerator secrets = new TokenSecretGenerator(new SecureRandom());
    return new AccountUseCases(
        new RegisterUserService(ports.loadUsers(), ports.saveUsers(), ports.saveTokens(), secrets, ports.tx(),
            infra.clock(), infra.ids()),
        new FindUserService(ports.loadUsers()),
        new UpdateUserSettingsService(ports.loadUsers(), ports.saveUsers(), ports.tx(), infra.clock()),
        new IssueApiTokenService(ports.loadUsers(), ports.loadTokens(), ports.saveTokens(), secrets, ports.tx(),
            infra.clock(), infra.ids()),
        new ListApiTokensService(ports.loadTokens()),
        new RevokeApiTokenService(ports.loadTokens(), ports.saveTokens(), tokens, ports.tx(), infra.clock()),
        new AuthenticateService(ports.loadUsers(), ports.loadTokens(), ports.saveTokens(), tokens, ports.tx(),
            infra.clock()),
        new GrantRoleService(ports.loadUsers(), ports.saveUsers(), tokens, ports.tx(), infra.clock()));
  }
}
