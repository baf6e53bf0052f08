package io.phasewise.domain.alert;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a webhook subscription: a random UUID, so ids reveal nothing about other users' subscriptions. */
public record WebhookSubscriptionId(UUID value) {
  public WebhookSubscriptionId {
    Objects.requireNonNull(value, "webhook subscription id");
  }

  public static WebhookSubscriptionId of(UUID value) {
    return new WebhookSubscriptionId(value);
  }

  /** The id written as {@code text}, or empty when it is not a UUID. */
  public static Optional<WebhookSubscriptionId> parse(String text) {
    if (text == null) return Optional.empty();
    try {
      UUID uuid = UUID.fromString(text.trim());
      // UUID.fromString accepts shortened groups such as "1-1-1-1-1"; only the canonical form names an id
      return uuid.toString().equalsIgnoreCase(text.trim()) ? Optional.of(new WebhookSubscriptionId(uuid)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
