package io.phasewise.application.alert.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/**
 * Use case: a user's webhook subscriptions, created, listed, read, changed, re-keyed and deleted.
 * Another user's subscription is not found, exactly like one that does not exist. The secret is in
 * every returned subscription; callers show it only on create and rotate.
 */
public interface ManageWebhooksUseCase {
  /** A new active subscription with a fresh secret; invalid input names the URL and why it is refused. */
  Either<Failure, WebhookSubscription> create(CreateWebhookCommand command);

  /** The owner's subscriptions, oldest first. */
  List<WebhookSubscription> list(UserId owner);

  Either<Failure, WebhookSubscription> get(UserId owner, WebhookSubscriptionId id);

  /** The subscription after the change; a conflict when the expected version is stale. */
  Either<Failure, WebhookSubscription> update(UpdateWebhookCommand command);

  /** The subscription with a new secret; requests from now on are signed with it. */
  Either<Failure, WebhookSubscription> rotateSecret(UserId owner, WebhookSubscriptionId id);

  /** Deletes the subscription with its deliveries and their log. */
  Either<Failure, WebhookSubscriptionId> delete(UserId owner, WebhookSubscriptionId id);
}
