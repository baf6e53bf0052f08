package io.phasewise.adapters.persistence.account;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import java.util.List;

/** The persistence ports of the account context: users and their API tokens. */
public final class AccountPersistence {
  private final HibernateUserPersistenceAdapter users;
  private final ApiTokenPersistenceAdapter tokens;

  private AccountPersistence(Database database) {
    this.users = new HibernateUserPersistenceAdapter(database);
    this.tokens = new ApiTokenPersistenceAdapter(database);
  }

  /** Wires the account adapters onto {@code database}. */
  public static AccountPersistence create(Database database) {
    return new AccountPersistence(database);
  }

  /** The Hibernate entities of this context, to register with the session factory. */
  public static List<Class<?>> entityClasses() {
    return List.of(UserJpaEntity.class, ApiTokenJpaEntity.class);
  }

  public LoadUserPort loadUsers() {
    return users;
  }

  public SaveUserPort saveUsers() {
    return users;
  }

  public LoadApiTokensPort loadTokens() {
    return tokens;
  }

  public SaveApiTokenPort saveTokens() {
    return tokens;
  }
}
