package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import java.util.List;

/** The persistence ports of the alert context: webhook subscriptions, the outbox of phase events and the delivery log. */
public final class AlertPersistence {
  private final HibernateWebhookSubscriptionPersistenceAdapter subscriptions;
  private final JooqWebhookOutboxPersistenceAdapter outbox;

  private AlertPersistence(Database database) {
    this.subscriptions = new HibernateWebhookSubscriptionPersistenceAdapter(database);
    this.outbox = new JooqWebhookOutboxPersistenceAdapter(database);
  }

  /** Wires the alert adapters onto {@code database}. */
  public static AlertPersistence create(Database database) {
    return new AlertPersistence(database);
  }

  /** The Hibernate entities of this context, to register with the session factory. */
  public static List<Class<?>> entityClasses() {
    return List.of(WebhookSubscriptionJpaEntity.class);
  }

  public WebhookSubscriptionsPort subscriptions() {
    return subscriptions;
  }

  public WebhookOutboxPort outbox() {
    return outbox;
  }

  public LoadWebhookDeliveriesPort deliveries() {
    return outbox;
  }
}
