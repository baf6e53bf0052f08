package io.phasewise.adapters.persistence.portfolio;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.application.portfolio.PortfolioPorts;
import io.phasewise.application.portfolio.port.out.PortfolioPortsContract;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.market.AssetId;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The portfolio adapters pass the portfolio port contract on PostgreSQL. */
class PostgresPortfolioPortsTest extends PortfolioPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @Override
  protected void startEmpty() {
    DB.truncate();
  }

  @Override
  protected PortfolioPorts ports() {
    return DB.persistence().ports(PortfolioPersistence.MODULE);
  }

  @Override
  protected UserId newUser() {
    UserId id = new UserId(UUID.randomUUID());
    DB.persistence().ports(AccountPersistence.MODULE).saveUsers()
        .insert(User.register(id, EmailAddress.of(id + "@example.org"), UserSettings.EMPTY, T0));
    return id;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }
}
