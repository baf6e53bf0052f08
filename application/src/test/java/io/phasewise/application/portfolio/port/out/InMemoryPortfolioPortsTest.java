package io.phasewise.application.portfolio.port.out;

import io.phasewise.application.portfolio.PortfolioPorts;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPortfolioStore;
import io.phasewise.application.testing.InMemorySyncLog;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/** The portfolio ports contract on the in-memory fakes the service tests use. */
class InMemoryPortfolioPortsTest extends PortfolioPortsContract {
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(T0, ZoneOffset.UTC));
  private final InMemoryPortfolioStore store = new InMemoryPortfolioStore();
  private final PortfolioPorts ports = new PortfolioPorts(store, store, new InMemorySyncLog(), market.tx);

  @Override
  protected PortfolioPorts ports() {
    return ports;
  }

  @Override
  protected UserId newUser() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return market.assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), T0).id();
  }
}
