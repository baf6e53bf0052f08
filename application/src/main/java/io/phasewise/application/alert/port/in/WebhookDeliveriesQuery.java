package io.phasewise.application.alert.port.in;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import java.util.Objects;

/** Query: one page of the delivery log of {@code owner}'s subscription {@code subscription}, newest first. */
public record WebhookDeliveriesQuery(UserId owner, WebhookSubscriptionId subscription, PageRequest page) {
  public WebhookDeliveriesQuery {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(page, "page");
  }
}
