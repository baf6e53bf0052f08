package io.phasewise.adapters.persistence.shared;

import io.phasewise.application.shared.TransactionPort;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * Adapter infrastructure shared by every persistence context: Hibernate and jOOQ over one pool,
 * sharing one transaction per unit of work. Not an API for applications.
 */
public final class Database implements AutoCloseable {
  private final DataSource pool;
  private final SessionFactory sessionFactory;
  private final SessionTransactions transactions;
  private final DSLContext jooq;

  private Database(DataSource pool, SessionFactory sessionFactory) {
    this.pool = pool;
    this.sessionFactory = sessionFactory;
    this.transactions = new SessionTransactions(sessionFactory);
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.POSTGRES);
    configuration.set(new UnitOfWorkConnectionProvider(pool, transactions));
    configuration.set(new UnitOfWorkListener(transactions));
    configuration.set(new Settings().withRenderSchema(false).withExecuteLogging(false));
    this.jooq = DSL.using(configuration);
  }

  /** Connects Hibernate (mapping {@code entityClasses}, schema left to Flyway) and jOOQ to {@code pool}. */
  public static Database open(DataSource pool, Collection<Class<?>> entityClasses) {
    return new Database(pool, sessionFactory(pool, entityClasses, Map.of(AvailableSettings.HBM2DDL_AUTO, "none")));
  }

  static SessionFactory sessionFactory(DataSource pool, Collection<Class<?>> entityClasses, Map<String, Object> settings) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
        .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
        .applySettings(settings)
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entityClasses.forEach(sources::addAnnotatedClass);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw DatabaseFailures.translate(e);
    }
  }

  /** jOOQ, running in the current unit of work if there is one, else in autocommit mode. */
  public DSLContext jooq() {
    return jooq;
  }

  /** The port that runs units of work. */
  public TransactionPort transactions() {
    return transactions;
  }

  /** Runs {@code work} with the Hibernate session of the current unit of work, or of a new one. */
  public <T> T inSession(Function<Session, T> work) {
    return transactions.inTransaction(() -> {
      try {
        return work.apply(transactions.current().orElseThrow().session());
      } catch (RuntimeException e) {
        throw DatabaseFailures.translate(e);
      }
    });
  }

  /**
   * Runs {@code work} on the JDBC connection of the current unit of work, or of a new one, for what
   * jOOQ cannot do (COPY). Hibernate is flushed before and cleared after.
   */
  public <T> T withConnection(ConnectionWork<T> work) {
    return transactions.inTransaction(() -> {
      UnitOfWork unit = transactions.current().orElseThrow();
      try {
        return work.apply(unit.connection());
      } catch (SQLException | IOException e) {
        throw DatabaseFailures.translateChecked(e);
      } finally {
        unit.clearSession();
      }
    });
  }

  /**
   * A connection of the pool outside every unit of work, in autocommit mode, for a session that must
   * outlive transactions (an advisory lock held for a whole run); the caller closes it.
   */
  public Connection detachedConnection() {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      throw DatabaseFailures.translateChecked(e);
    }
  }

  @Override
  public void close() {
    sessionFactory.close();
  }

  /** Work on a raw JDBC connection. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T apply(Connection connection) throws SQLException, IOException;
  }
}
