package io.phasewise.adapters.persistence.account;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.account.AccountPorts;
import java.util.List;

/** The persistence of the account context: users and their API tokens, as its ports. */
public final class AccountPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<AccountPorts> MODULE =
      new PersistenceModule<>(List.of(UserJpaEntity.class, ApiTokenJpaEntity.class), AccountPersistence::ports);

  private AccountPersistence() {}

  /** The account adapters on {@code database}. */
  public static AccountPorts ports(Database database) {
    HibernateUserPersistenceAdapter users = new HibernateUserPersistenceAdapter(database);
    ApiTokenPersistenceAdapter tokens = new ApiTokenPersistenceAdapter(database);
    return new AccountPorts(users, users, tokens, tokens, database.transactions());
  }
}
