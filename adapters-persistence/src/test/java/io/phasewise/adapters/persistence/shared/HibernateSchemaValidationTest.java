package io.phasewise.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.alert.AlertPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Hibernate mappings agree with the schema the migrations create. */
class HibernateSchemaValidationTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  private static SessionFactory validated(List<Class<?>> entities) {
    return Database.sessionFactory(DB.persistence().dataSource(), entities,
        Map.of(AvailableSettings.HBM2DDL_AUTO, "validate"));
  }

  @Test
  void every_entity_matches_the_migrated_schema() {
    assertThatCode(() -> validated(MarketPersistence.MODULE.entityClasses()).close()).doesNotThrowAnyException();
  }

  @Test
  void the_alert_entities_match_the_migrated_schema() {
    assertThatCode(() -> validated(AlertPersistence.MODULE.entityClasses()).close()).doesNotThrowAnyException();
  }

  @Test
  void account_and_watchlist_entities_match_the_schema_and_are_registered() {
    assertThatCode(() -> validated(PostgresPersistence.entityClasses()).close()).doesNotThrowAnyException();
    assertThat(PostgresPersistence.entityClasses())
        .containsAll(AccountPersistence.MODULE.entityClasses())
        .containsAll(WatchlistPersistence.MODULE.entityClasses());
  }

  @Test
  void a_mapping_that_does_not_match_fails_validation() {
    assertThatThrownBy(() -> validated(List.of(MisnamedColumnJpaEntity.class)).close())
        .hasMessageContaining("no_such_column");
  }

  /** Planted mismatch: proves that validation really runs. */
  @Entity(name = "Misnamed")
  @Table(name = "import_runs")
  static class MisnamedColumnJpaEntity {
    @Id
    private Long id;

    @Column(name = "no_such_column")
    private String origin;
  }
}
