package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.account.AccountValues;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.domain.alert.WebhookSubscription;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/** Maps webhook subscriptions to and from {@link WebhookSubscriptionJpaEntity}. */
@Mapper(uses = {AlertValues.class, AccountValues.class, MarketValues.class})
interface WebhookSubscriptionEntityMapper {
  WebhookSubscriptionEntityMapper INSTANCE = Mappers.getMapper(WebhookSubscriptionEntityMapper.class);

  @Mapping(target = "userId", source = "owner")
  @Mapping(target = "assetIds", source = "assets")
  WebhookSubscriptionJpaEntity toEntity(WebhookSubscription subscription);

  /**
   * Copies the changeable state onto a managed entity; the filter sets are refilled in place so
   * Hibernate sees row changes, and the version is left to Hibernate.
   */
  @Mapping(target = "id", ignore = true)
  @Mapping(target = "userId", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "createdAt", ignore = true)
  @Mapping(target = "assetIds", source = "assets")
  void update(WebhookSubscription subscription, @MappingTarget WebhookSubscriptionJpaEntity entity);

  /** Built through the record's constructor; {@code deactivate(Instant)} only looks like a fluent setter. */
  @Mapping(target = "owner", source = "userId")
  @Mapping(target = "assets", source = "assetIds")
  @Mapping(target = "deactivate", ignore = true)
  WebhookSubscription toSubscription(WebhookSubscriptionJpaEntity entity);
}
