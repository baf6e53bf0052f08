package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.shared.OwnedVersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A row of {@code webhook_subscriptions} with its asset and phase filter rows. */
@Entity(name = "WebhookSubscription")
@Table(name = "webhook_subscriptions")
class WebhookSubscriptionJpaEntity extends OwnedVersionedEntity {
  @Id
  private UUID id;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String secret;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private boolean active;

  @ElementCollection
  @CollectionTable(name = "webhook_subscription_assets", joinColumns = @JoinColumn(name = "subscription_id"))
  @Column(name = "asset_id", nullable = false)
  @BatchSize(size = 50)
  private Set<Long> assetIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "webhook_subscription_phases", joinColumns = @JoinColumn(name = "subscription_id"))
  @Column(name = "phase", nullable = false, length = 7)
  @BatchSize(size = 50)
  private Set<String> phases = new HashSet<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Set<Long> getAssetIds() {
    return assetIds;
  }

  public void setAssetIds(Set<Long> assetIds) {
    this.assetIds = assetIds;
  }

  public Set<String> getPhases() {
    return phases;
  }

  public void setPhases(Set<String> phases) {
    this.phases = phases;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
