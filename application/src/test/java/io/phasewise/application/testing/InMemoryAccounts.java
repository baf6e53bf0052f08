package io.phasewise.application.testing;

import io.phasewise.application.account.AccountPorts;
import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.account.service.TokenCache;
import io.phasewise.application.watchlist.WatchlistPorts;
import io.phasewise.application.watchlist.WatchlistUseCases;
import java.time.Duration;

/**
 * The account and watchlist use cases wired by their contexts' {@code wire} on in-memory fakes over an
 * {@link InMemoryMarket}'s assets, for service tests and HTTP tests without a database. Deleting an
 * asset or a user cascades to watchlists and tokens as in the database.
 */
public final class InMemoryAccounts {
  public final InMemoryUserStore users = new InMemoryUserStore();
  public final InMemoryApiTokenStore tokens = new InMemoryApiTokenStore();
  public final InMemoryWatchlistStore watchlists = new InMemoryWatchlistStore();
  public final TokenCache tokenCache = new TokenCache(Duration.ofSeconds(30), 1_000);
  public final DirectTransactions tx = new DirectTransactions();
  public final AccountPorts ports = new AccountPorts(users, users, tokens, tokens, tx);
  public final WatchlistPorts watchlistPorts;

  public final AccountUseCases useCases;
  public final WatchlistUseCases watchlistUseCases;

  public InMemoryAccounts(InMemoryMarket market) {
    users.cascadeTo(tokens::deleteOwner);
    users.cascadeTo(watchlists::deleteOwner);
    market.assets.cascadeTo(watchlists::deleteAsset);
    watchlistPorts = new WatchlistPorts(watchlists, watchlists, new InMemoryAssetLabels(market.assets), watchlists, tx);
    useCases = AccountUseCases.wire(ports, market.infra, tokenCache);
    watchlistUseCases = WatchlistUseCases.wire(watchlistPorts, market.infra);
  }
}
