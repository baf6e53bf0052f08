package io.phasewise.application.alert.service;

import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.alert.port.in.ListWebhookDeliveriesUseCase;
import io.phasewise.application.alert.port.in.WebhookDeliveriesQuery;
import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.application.shared.Page;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Reads a subscription's delivery log after checking the caller owns the subscription. */
public final class ListWebhookDeliveriesService implements ListWebhookDeliveriesUseCase {
  private final WebhookSubscriptionsPort subscriptions;
  private final LoadWebhookDeliveriesPort deliveries;

  public ListWebhookDeliveriesService(WebhookSubscriptionsPort subscriptions, LoadWebhookDeliveriesPort deliveries) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
  }

  @Override
  public Either<Failure, Page<WebhookDeliveryLog>> deliveries(WebhookDeliveriesQuery query) {
    return ManageWebhooksService.owned(subscriptions, query.owner(), query.subscription())
        .map(own -> deliveries.deliveries(query.subscription(), query.page()));
  }
}
