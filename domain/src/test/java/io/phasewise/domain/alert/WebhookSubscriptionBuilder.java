package io.phasewise.domain.alert;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test data: a new, active webhook subscription in a few readable calls; by default a random id and
 * owner, {@code https://hooks.example.com/x}, a fresh secret, no description, no filters.
 */
public final class WebhookSubscriptionBuilder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSubscriptionId id = new WebhookSubscriptionId(UUID.randomUUID());
  private UserId owner = new UserId(UUID.randomUUID());
  private URI url = URI.create("https://hooks.example.com/x");
  private String description = "";
  private List<AssetId> assets = List.of();
  private List<Phase> phases = List.of();
  private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

  private WebhookSubscriptionBuilder() {}

  public static WebhookSubscriptionBuilder aWebhook() {
    return new WebhookSubscriptionBuilder();
  }

  public WebhookSubscriptionBuilder withId(WebhookSubscriptionId id) {
    this.id = id;
    return this;
  }

  public WebhookSubscriptionBuilder ownedBy(UserId owner) {
    this.owner = owner;
    return this;
  }

  public WebhookSubscriptionBuilder postingTo(URI url) {
    this.url = url;
    return this;
  }

  public WebhookSubscriptionBuilder postingTo(String url) {
    return postingTo(URI.create(url));
  }

  public WebhookSubscriptionBuilder described(String description) {
    this.description = description;
    return this;
  }

  public WebhookSubscriptionBuilder forAssets(List<AssetId> assets) {
    this.assets = List.copyOf(assets);
    return this;
  }

  public WebhookSubscriptionBuilder forPhases(List<Phase> phases) {
    this.phases = List.copyOf(phases);
    return this;
  }

  public WebhookSubscriptionBuilder createdAt(Instant at) {
    this.createdAt = at;
    return this;
  }

  public WebhookSubscription build() {
    return WebhookSubscription.create(id, owner, url, WebhookSecret.generate(RANDOM), description, assets, phases, createdAt);
  }
}
