package io.phasewise.adapters.persistence.account;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.HibernateFailures;
import io.phasewise.application.account.port.out.DuplicateEmailException;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.application.account.port.out.StaleUserException;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import java.util.Optional;

/**
 * Stores users in {@code users} with Hibernate. An update writes the entity the transaction read, so
 * its {@code @Version} refuses the change when another transaction stored the user in between.
 */
final class HibernateUserPersistenceAdapter implements LoadUserPort, SaveUserPort {
  private static final String EMAIL_KEY = "users_email_key";

  private final Database database;
  private final UserEntityMapper mapper = UserEntityMapper.INSTANCE;

  HibernateUserPersistenceAdapter(Database database) {
    this.database = database;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return database.inSession(session -> Optional.ofNullable(session.find(UserJpaEntity.class, id.value())).map(mapper::toUser));
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return database.inSession(session -> session
        .createSelectionQuery("from User where email = :email", UserJpaEntity.class)
        .setParameter("email", email.value())
        .uniqueResultOptional()
        .map(mapper::toUser));
  }

  @Override
  public void insert(User user) {
    database.inSession(session -> {
      try {
        session.persist(mapper.toEntity(user));
        session.flush();
      } catch (RuntimeException e) {
        if (HibernateFailures.isUniqueViolation(e, EMAIL_KEY)) throw new DuplicateEmailException(user.email(), e);
        throw e;
      }
      return null;
    });
  }

  @Override
  public boolean update(User user) {
    return database.inSession(session -> {
      UserJpaEntity entity = session.find(UserJpaEntity.class, user.id().value());
      if (entity == null) return false;
      entity.setRole(user.role());
      entity.setSettings(AccountValues.map(user.settings()));
      entity.setUpdatedAt(user.updatedAt());
      try {
        session.flush();
      } catch (RuntimeException e) {
        if (HibernateFailures.isOptimisticLockFailure(e)) throw new StaleUserException(user.id(), e);
        throw e;
      }
      return true;
    });
  }
}
