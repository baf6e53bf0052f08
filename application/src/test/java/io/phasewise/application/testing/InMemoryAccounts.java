package io.phasewise.application.testing;

import io.phasewise.application.account.service.AuthenticateService;
import io.phasewise.application.account.service.FindUserService;
import io.phasewise.application.account.service.IssueApiTokenService;
import io.phasewise.application.account.service.ListApiTokensService;
import io.phasewise.application.account.service.RegisterUserService;
import io.phasewise.application.account.service.RevokeApiTokenService;
import io.phasewise.application.account.service.TokenCache;
import io.phasewise.application.account.service.UpdateUserSettingsService;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.watchlist.service.ManageWatchlistService;
import io.phasewise.domain.account.TokenSecretGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The account and watchlist use cases wired on in-memory fakes over an {@link InMemoryMarket}'s
 * assets, for service tests and HTTP tests without a database. Deleting an asset or a user cascades
 * to watchlists and tokens as in the database.
 */
public final class InMemoryAccounts {
  public final InMemoryUserStore users = new InMemoryUserStore();
  public final InMemoryApiTokenStore tokens = new InMemoryApiTokenStore();
  public final InMemoryWatchlistStore watchlists = new InMemoryWatchlistStore();
  public final TokenCache tokenCache = new TokenCache(Duration.ofSeconds(30), 1_000);
  public final DirectTransactions tx = new DirectTransactions();

  public final RegisterUserService register;
  public final FindUserService find;
  public final UpdateUserSettingsService updateSettings;
  public final IssueApiTokenService issueToken;
  public final ListApiTokensService listTokens;
  public final RevokeApiTokenService revokeToken;
  public final AuthenticateService authenticate;
  public final ManageWatchlistService watchlist;

  public InMemoryAccounts(InMemoryMarket market, Clock clock) {
    users.cascadeTo(tokens::deleteOwner);
    users.cascadeTo(watchlists::deleteOwner);
    market.assets.cascadeTo(watchlists::deleteAsset);
    TokenSecretGenerator secrets = new TokenSecretGenerator(new SecureRandom());
    register = new RegisterUserService(users, users, tokens, secrets, tx, clock, IdGenerator.random());
    find = new FindUserService(users);
    updateSettings = new UpdateUserSettingsService(users, users, tx, clock);
    issueToken = new IssueApiTokenService(users, tokens, tokens, secrets, tx, clock, IdGenerator.random());
    listTokens = new ListApiTokensService(tokens);
    revokeToken = new RevokeApiTokenService(tokens, tokens, tokenCache, tx, clock);
    authenticate = new AuthenticateService(tokens, tokens, tokenCache, tx, clock);
    watchlist = new ManageWatchlistService(watchlists, watchlists, new InMemoryAssetLabels(market.assets), tx, clock);
  }
}
