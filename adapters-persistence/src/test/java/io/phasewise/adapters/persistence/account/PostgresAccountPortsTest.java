package io.phasewise.adapters.persistence.account;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.account.port.out.AccountPortsContract;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAccountPortsTest extends AccountPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected LoadUserPort loadUsers() {
    return DB.persistence().ports(AccountPersistence.MODULE).loadUsers();
  }

  @Override
  protected SaveUserPort saveUsers() {
    return DB.persistence().ports(AccountPersistence.MODULE).saveUsers();
  }

  @Override
  protected LoadApiTokensPort loadTokens() {
    return DB.persistence().ports(AccountPersistence.MODULE).loadTokens();
  }

  @Override
  protected SaveApiTokenPort saveTokens() {
    return DB.persistence().ports(AccountPersistence.MODULE).saveTokens();
  }
}
