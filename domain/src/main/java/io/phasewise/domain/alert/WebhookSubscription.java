package io.phasewise.domain.alert;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregate: a user's webhook, where phase events are POSTed and which of them. An empty asset filter
 * means every asset, an empty phase filter every target phase. {@code version} counts the stored
 * changes (optimistic locking). Changes return a new subscription; the URL is checked by
 * {@link WebhookUrlPolicy} before it gets here, and the other editable fields by {@link #refusals},
 * so that a caller collects every refused field before it builds one; the constructor throws
 * {@link IllegalArgumentException} only for a programming error.
 */
public record WebhookSubscription(
    WebhookSubscriptionId id,
    UserId owner,
    URI url,
    WebhookSecret secret,
    String description,
    Set<AssetId> assets,
    Set<Phase> phases,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** Longest description kept. */
  public static final int MAX_DESCRIPTION = 500;
  /** Most assets one subscription may filter on. */
  public static final int MAX_ASSETS = 1000;

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    description = description == null ? "" : description.strip();
    assets = Set.copyOf(assets);
    List<WebhookRejection> refused = refusals(description, assets);
    if (!refused.isEmpty()) throw new IllegalArgumentException("description or asset filter refused: " + refused);
    phases = Set.copyOf(phases);
    if (version < 0) throw new IllegalArgumentException("version must not be negative: " + version);
    if (updatedAt.isBefore(createdAt)) throw new IllegalArgumentException("updated before it was created");
  }

  /**
   * What a subscription refuses in a description (compared stripped) and an asset filter (compared
   * without repeats), in that order; empty when it takes both.
   */
  public static List<WebhookRejection> refusals(String description, Collection<AssetId> assets) {
    List<WebhookRejection> refused = new ArrayList<>(2);
    if (description.strip().length() > MAX_DESCRIPTION) refused.add(new WebhookRejection.DescriptionTooLong(MAX_DESCRIPTION));
    if (Set.copyOf(assets).size() > MAX_ASSETS) refused.add(new WebhookRejection.TooManyAssets(MAX_ASSETS));
    return refused;
  }

  /** A new, active subscription, not stored yet. */
  public static WebhookSubscription create(WebhookSubscriptionId id, UserId owner, URI url, WebhookSecret secret,
      String description, Collection<AssetId> assets, Collection<Phase> phases, Instant now) {
    return new WebhookSubscription(id, owner, url, secret, description, Set.copyOf(assets), Set.copyOf(phases), true, 0,
        now, now);
  }

  /**
   * Whether an event about {@code asset} moving into {@code toPhase} is POSTed to this subscription:
   * it is active, and each filter is empty or names the asset, the phase.
   */
  public boolean matches(AssetId asset, Phase toPhase) {
    return active && (assets.isEmpty() || assets.contains(asset)) && (phases.isEmpty() || phases.contains(toPhase));
  }

  /** The subscription with every editable field replaced (the id, owner, secret and history stay). */
  public WebhookSubscription edit(URI newUrl, String newDescription, Collection<AssetId> newAssets,
      Collection<Phase> newPhases, boolean newActive, Instant now) {
    return new WebhookSubscription(id, owner, newUrl, secret, newDescription, Set.copyOf(newAssets), Set.copyOf(newPhases),
        newActive, version, createdAt, later(now));
  }

  /** The subscription signing with {@code newSecret} from now on; requests already signed stay as they were. */
  public WebhookSubscription rotateSecret(WebhookSecret newSecret, Instant now) {
    return new WebhookSubscription(id, owner, url, newSecret, description, assets, phases, active, version, createdAt,
        later(now));
  }

  /** The subscription receiving nothing more (the receiver answered 410 Gone, or its owner paused it). */
  public WebhookSubscription deactivate(Instant now) {
    return new WebhookSubscription(id, owner, url, secret, description, assets, phases, false, version, createdAt,
        later(now));
  }

  /** The asset filter in id order, for display. */
  public List<AssetId> assetsInOrder() {
    return assets.stream().sorted(Comparator.comparingLong(AssetId::value)).toList();
  }

  /** The phase filter in the order of {@link Phase}, for display. */
  public List<Phase> phasesInOrder() {
    return phases.stream().sorted().toList();
  }

  private Instant later(Instant now) {
    return now.isBefore(updatedAt) ? updatedAt : now;
  }
}
