package io.phasewise.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account and watchlist mappings agree with the migrated schema, and the running app maps them. */
class UserOwnedEntitiesValidationTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @Test
  void account_and_watchlist_entities_match_the_schema_and_are_registered() {
    assertThatCode(() -> Database.sessionFactory(DB.persistence().dataSource(), PostgresPersistence.entityClasses(),
        Map.of(AvailableSettings.HBM2DDL_AUTO, "validate")).close()).doesNotThrowAnyException();
    assertThat(PostgresPersistence.entityClasses())
        .containsAll(AccountPersistence.entityClasses())
        .containsAll(WatchlistPersistence.entityClasses());
  }
}
