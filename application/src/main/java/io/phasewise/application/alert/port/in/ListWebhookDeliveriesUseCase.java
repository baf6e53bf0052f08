package io.phasewise.application.alert.port.in;

import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.shared.Page;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: the delivery log of one of the user's subscriptions, newest first, with every attempt. */
public interface ListWebhookDeliveriesUseCase {
  /** Not found for another user's subscription, exactly as for a missing one. */
  Either<Failure, Page<WebhookDeliveryLog>> deliveries(WebhookDeliveriesQuery query);
}
