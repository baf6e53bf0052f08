package io.phasewise.application.account.port.out;

import io.phasewise.application.testing.InMemoryApiTokenStore;
import io.phasewise.application.testing.InMemoryUserStore;

class InMemoryAccountPortsTest extends AccountPortsContract {
  private final InMemoryUserStore users = new InMemoryUserStore();
  private final InMemoryApiTokenStore tokens = new InMemoryApiTokenStore();

  @Override
  protected LoadUserPort loadUsers() {
    return users;
  }

  @Override
  protected SaveUserPort saveUsers() {
    return users;
  }

  @Override
  protected LoadApiTokensPort loadTokens() {
    return tokens;
  }

  @Override
  protected SaveApiTokenPort saveTokens() {
    return tokens;
  }
}
