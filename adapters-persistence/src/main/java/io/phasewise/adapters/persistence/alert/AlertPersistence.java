package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.alert.AlertPorts;
import java.util.List;

/** The persistence of the alert context: webhook subscriptions, the outbox of phase events, the delivery log. */
public final class AlertPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<AlertPorts> MODULE =
      new PersistenceModule<>(List.of(WebhookSubscriptionJpaEntity.class), AlertPersistence::ports);

  private AlertPersistence() {}

  /** The alert adapters on {@code database}. */
  public static AlertPorts ports(Database database) {
    JooqWebhookOutboxPersistenceAdapter outbox = new JooqWebhookOutboxPersistenceAdapter(database);
    return new AlertPorts(new HibernateWebhookSubscriptionPersistenceAdapter(database), outbox, outbox,
        database.transactions());
  }
}
