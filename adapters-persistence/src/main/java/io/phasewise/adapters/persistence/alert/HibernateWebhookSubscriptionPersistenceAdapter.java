package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.HibernateFailures;
import io.phasewise.application.alert.port.out.StaleWebhookSubscriptionException;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores webhook subscriptions in {@code webhook_subscriptions} and their filter tables with
 * Hibernate; {@code version} is the optimistic lock, checked again by the UPDATE itself.
 */
final class HibernateWebhookSubscriptionPersistenceAdapter implements WebhookSubscriptionsPort {
  private final Database database;
  private final WebhookSubscriptionEntityMapper mapper = WebhookSubscriptionEntityMapper.INSTANCE;

  HibernateWebhookSubscriptionPersistenceAdapter(Database database) {
    this.database = database;
  }

  @Override
  public void add(WebhookSubscription subscription) {
    if (subscription.version() != 0) throw new IllegalArgumentException("a new subscription is at version 0");
    database.inSession(session -> {
      session.persist(mapper.toEntity(subscription));
      return null;
    });
  }

  @Override
  public Optional<WebhookSubscription> find(WebhookSubscriptionId id) {
    return database.inSession(session -> Optional.ofNullable(session.find(WebhookSubscriptionJpaEntity.class, id.value()))
        .map(mapper::toSubscription));
  }

  @Override
  public List<WebhookSubscription> ownedBy(UserId owner) {
    return database.inSession(session -> session
        .createSelectionQuery("from WebhookSubscription where userId = :owner order by createdAt, id",
            WebhookSubscriptionJpaEntity.class)
        .setParameter("owner", owner.value())
        .getResultList()
        .stream()
        .map(mapper::toSubscription)
        .toList());
  }

  @Override
  public List<WebhookSubscription> activeFor(Collection<AssetId> assets) {
    List<Long> ids = assets.stream().map(AssetId::value).distinct().toList();
    if (ids.isEmpty()) return List.of();
    return database.inSession(session -> session
        .createSelectionQuery("""
            from WebhookSubscription s
            where s.active = true
              and (s.assetIds is empty or exists (select 1 from s.assetIds a where a in :assets))
            order by s.createdAt, s.id""", WebhookSubscriptionJpaEntity.class)
        .setParameter("assets", ids)
        .getResultList()
        .stream()
        .map(mapper::toSubscription)
        .toList());
  }

  @Override
  public WebhookSubscription update(WebhookSubscription changed) {
    return database.inSession(session -> {
      WebhookSubscriptionJpaEntity entity = session.find(WebhookSubscriptionJpaEntity.class, changed.id().value());
      if (entity == null || entity.getVersion() != changed.version()) {
        throw new StaleWebhookSubscriptionException(changed.id(), changed.version(), null);
      }
      mapper.update(changed, entity);
      try {
        session.flush(); // the UPDATE ... WHERE version = ? runs now, so a concurrent change shows here
      } catch (RuntimeException e) {
        if (HibernateFailures.isOptimisticLockFailure(e)) throw new StaleWebhookSubscriptionException(changed.id(), changed.version(), e);
        throw e;
      }
      return mapper.toSubscription(entity);
    });
  }

  @Override
  public boolean delete(WebhookSubscriptionId id) {
    return database.inSession(session -> {
      WebhookSubscriptionJpaEntity entity = session.find(WebhookSubscriptionJpaEntity.class, id.value());
      if (entity == null) return false;
      session.remove(entity);
      session.flush();
      return true;
    });
  }
}
