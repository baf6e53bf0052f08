package io.phasewise.application.alert.port.out;

import static io.phasewise.domain.alert.WebhookSubscriptionBuilder.aWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.RetryPolicy;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookResponse;
import io.phasewise.domain.alert.WebhookSecret;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract every implementation of the alert ports passes (fakes and database): the subscription
 * store, the outbox and the delivery log. Each test starts from empty stores.
 */
public abstract class WebhookPortsContract {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration LEASE = Duration.ofMinutes(1);

  protected abstract WebhookSubscriptionsPort subscriptions();

  protected abstract WebhookOutboxPort outbox();

  protected abstract LoadWebhookDeliveriesPort log();

  protected abstract UserId newUser();

  protected abstract AssetId newAsset(String symbol);

  /** Deletes a registered asset as the asset store does. */
  protected abstract void deleteAsset(AssetId asset);

  /** Writes an event to the outbox as the phase recorder does, and returns it as stored. */
  protected abstract OutboxEvent append(AssetId asset, Phase from, Phase to, Instant changedAt, Instant createdAt);

  /** Empties the stores; runs before each test. */
  protected void startEmpty() {}

  @BeforeEach
  void empty() {
    startEmpty();
  }

  // the subscription store

  private WebhookSubscription stored(UserId owner, List<AssetId> assets, List<Phase> phases, Instant createdAt) {
    WebhookSubscription s = aWebhook().ownedBy(owner).postingTo("https://hooks.example.com/" + createdAt.getEpochSecond())
        .described("desk alerts").forAssets(assets).forPhases(phases).createdAt(createdAt).build();
    subscriptions().add(s);
    return s;
  }

  @Test
  void a_subscription_reads_back_whole_with_its_filters() {
    AssetId aapl = newAsset("AAPL");
    AssetId spy = newAsset("SPY");
    WebhookSubscription s = stored(newUser(), List.of(aapl, spy), List.of(Phase.DEFECT, Phase.FORGIVE), T0);

    assertThat(subscriptions().find(s.id())).contains(s);
    assertThat(subscriptions().find(new WebhookSubscriptionId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void a_user_lists_only_their_own_subscriptions_oldest_first() {
    UserId alice = newUser();
    UserId bob = newUser();
    WebhookSubscription second = stored(alice, List.of(), List.of(), T0.plusSeconds(60));
    WebhookSubscription first = stored(alice, List.of(), List.of(), T0);
    WebhookSubscription bobs = stored(bob, List.of(), List.of(), T0);

    assertThat(subscriptions().ownedBy(alice)).containsExactly(first, second);
    assertThat(subscriptions().ownedBy(bob)).containsExactly(bobs);
    assertThat(subscriptions().ownedBy(newUser())).isEmpty();
  }

  @Test
  void active_candidates_for_assets_are_those_without_an_asset_filter_or_naming_one_of_them() {
    AssetId aapl = newAsset("AAPL");
    AssetId spy = newAsset("SPY");
    AssetId btc = newAsset("BTC");
    UserId owner = newUser();
    WebhookSubscription everything = stored(owner, List.of(), List.of(), T0);
    WebhookSubscription aaplOnly = stored(owner, List.of(aapl), List.of(Phase.COOP), T0.plusSeconds(1));
    WebhookSubscription spyOnly = stored(owner, List.of(spy), List.of(), T0.plusSeconds(2));
    WebhookSubscription paused = stored(owner, List.of(), List.of(), T0.plusSeconds(3));
    subscriptions().update(paused.deactivate(T0.plusSeconds(4)));

    assertThat(subscriptions().activeFor(List.of(aapl, btc))).containsExactlyInAnyOrder(everything, aaplOnly);
    assertThat(subscriptions().activeFor(List.of(spy))).containsExactlyInAnyOrder(everything, spyOnly);
  }

  @Test
  void a_subscription_narrowed_to_a_deleted_asset_matches_no_other_asset() {
    AssetId gone = newAsset("GONE");
    AssetId other = newAsset("OTHER");
    WebhookSubscription narrowed = stored(newUser(), List.of(gone), List.of(), T0);

    deleteAsset(gone);

    assertThat(subscriptions().activeFor(List.of(other))).isEmpty();
    assertThat(subscriptions().find(narrowed.id()).orElseThrow().assets()).containsExactly(gone);
  }

  @Test
  void an_update_stores_every_change_and_counts_the_version() {
    AssetId aapl = newAsset("AAPL");
    AssetId spy = newAsset("SPY");
    WebhookSubscription s = stored(newUser(), List.of(aapl), List.of(Phase.COOP), T0);

    WebhookSubscription edited = subscriptions().update(
        s.edit(URI.create("http://hooks.example.org:8080/b?x=1"), "moved", List.of(spy), List.of(), false, T0.plusSeconds(5)));
    WebhookSubscription rotated = subscriptions().update(edited.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(9)));

    assertThat(edited.version()).isEqualTo(1);
    assertThat(rotated.version()).isEqualTo(2);
    assertThat(subscriptions().find(s.id())).contains(rotated);
    WebhookSubscription read = subscriptions().find(s.id()).orElseThrow();
    assertThat(read.url()).isEqualTo(URI.create("http://hooks.example.org:8080/b?x=1"));
    assertThat(read.assets()).containsExactly(spy);
    assertThat(read.phases()).isEmpty();
    assertThat(read.active()).isFalse();
    assertThat(read.secret()).isNotEqualTo(s.secret());
    assertThat(read.createdAt()).isEqualTo(T0);
    assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(9));
  }

  @Test
  void an_update_of_a_stale_or_deleted_version_is_refused_and_changes_nothing() {
    WebhookSubscription s = stored(newUser(), List.of(), List.of(), T0);
    WebhookSubscription current = subscriptions().update(s.deactivate(T0.plusSeconds(1)));

    assertThatThrownBy(() -> subscriptions().update(s.edit(s.url(), "late", List.of(), List.of(), true, T0.plusSeconds(2))))
        .isInstanceOf(StaleWebhookSubscriptionException.class);
    assertThat(subscriptions().find(s.id())).contains(current);

    assertThat(subscriptions().delete(s.id())).isTrue();
    assertThatThrownBy(() -> subscriptions().update(current.deactivate(T0.plusSeconds(3))))
        .isInstanceOf(StaleWebhookSubscriptionException.class);
  }

  @Test
  void a_deleted_subscription_is_gone() {
    WebhookSubscription s = stored(newUser(), List.of(newAsset("AAPL")), List.of(Phase.DEFECT), T0);

    assertThat(subscriptions().delete(s.id())).isTrue();
    assertThat(subscriptions().delete(s.id())).isFalse();
    assertThat(subscriptions().find(s.id())).isEmpty();
    assertThat(subscriptions().ownedBy(s.owner())).isEmpty();
  }

  // the outbox and the delivery log

  private AssetId asset;
  private WebhookSubscription subscription;

  /** The outbox tests' asset and subscription (with no filter). */
  private void oneAssetAndSubscription() {
    asset = newAsset("OUT");
    subscription = subscribe();
  }

  private WebhookSubscription subscribe() {
    WebhookSubscription s = aWebhook().ownedBy(newUser()).createdAt(T0).build();
    subscriptions().add(s);
    return s;
  }

  private WebhookDelivery delivered(OutboxEvent event, WebhookSubscription to, Instant at) {
    WebhookDelivery d = WebhookDelivery.pending(UUID.randomUUID(), to.id(), event.id(), at);
    assertThat(outbox().addDeliveries(List.of(d))).isEqualTo(1);
    return d;
  }

  @Test
  void pending_events_come_oldest_first_up_to_the_limit_until_fanned_out() {
    oneAssetAndSubscription();
    OutboxEvent second = append(asset, Phase.COOP, Phase.DEFECT, T0.plusSeconds(86_400), T0.plusSeconds(10));
    OutboxEvent first = append(asset, null, Phase.COOP, T0, T0);
    OutboxEvent third = append(asset, Phase.DEFECT, Phase.FORGIVE, T0.plusSeconds(172_800), T0.plusSeconds(20));

    assertThat(outbox().lockPendingEvents(2)).containsExactly(first, second);
    outbox().markFannedOut(List.of(first.id(), second.id()), T0.plusSeconds(30));
    assertThat(outbox().lockPendingEvents(10)).containsExactly(third);
  }

  @Test
  void a_second_delivery_of_the_same_event_to_the_same_subscription_is_not_stored() {
    oneAssetAndSubscription();
    OutboxEvent event = append(asset, null, Phase.COOP, T0, T0);
    WebhookDelivery d = delivered(event, subscription, T0);
    WebhookSubscription other = subscribe();

    int added = outbox().addDeliveries(List.of(WebhookDelivery.pending(UUID.randomUUID(), subscription.id(), event.id(), T0),
        WebhookDelivery.pending(UUID.randomUUID(), other.id(), event.id(), T0)));

    assertThat(added).isEqualTo(1);
    assertThat(log().deliveries(subscription.id(), PageRequest.first(10)).items())
        .extracting(WebhookDeliveryLog::delivery).containsExactly(d);
  }

  @Test
  void a_claim_skips_the_subscriptions_it_is_told_to() {
    oneAssetAndSubscription();
    OutboxEvent event = append(asset, null, Phase.COOP, T0, T0);
    delivered(event, subscription, T0);

    assertThat(outbox().claimNextDue(T0.plusSeconds(1), T0.plus(LEASE), Set.of(subscription.id()))).isEmpty();
    assertThat(outbox().claimNextDue(T0.plusSeconds(1), T0.plus(LEASE), Set.of(WebhookSubscriptionId.of(UUID.randomUUID()))))
        .isPresent();
  }

  @Test
  void the_longest_due_delivery_is_claimed_with_its_payload_and_not_again_before_its_lease_ends() {
    oneAssetAndSubscription();
    OutboxEvent event = append(asset, null, Phase.COOP, T0, T0);
    OutboxEvent later = append(asset, Phase.COOP, Phase.DEFECT, T0.plusSeconds(86_400), T0.plusSeconds(1));
    WebhookDelivery old = delivered(event, subscription, T0);
    delivered(later, subscription, T0.plusSeconds(5));

    assertThat(outbox().claimNextDue(T0.minusSeconds(1), T0.plus(LEASE), Set.of())).isEmpty();
    DueDelivery claimed = outbox().claimNextDue(T0.plusSeconds(1), T0.plusSeconds(1).plus(LEASE), Set.of()).orElseThrow();

    assertThat(claimed.delivery()).isEqualTo(old);
    assertThat(claimed.payload()).isEqualTo(event.payload());
    assertThat(outbox().claimNextDue(T0.plusSeconds(2), T0.plusSeconds(2).plus(LEASE), Set.of())).isEmpty();
    DueDelivery next = outbox().claimNextDue(T0.plusSeconds(5), T0.plusSeconds(5).plus(LEASE), Set.of()).orElseThrow();
    assertThat(next.delivery().event()).isEqualTo(later.id());
    DueDelivery again = outbox().claimNextDue(T0.plusSeconds(1).plus(LEASE), T0.plus(LEASE).plus(LEASE), Set.of()).orElseThrow();
    assertThat(again.delivery().id()).as("an unrecorded claim runs out and the same delivery is due again").isEqualTo(old.id());
    assertThat(again.delivery().attempts()).isZero();
  }

  @Test
  void attempts_are_recorded_once_each_with_the_new_state_and_logged_in_order() {
    oneAssetAndSubscription();
    OutboxEvent event = append(asset, Phase.COOP, Phase.DEFECT, T0, T0);
    WebhookDelivery d = delivered(event, subscription, T0);
    RetryPolicy retry = RetryPolicy.standard();
    WebhookAttempt first = new WebhookAttempt(1, T0.plusSeconds(1), WebhookResponse.failed("connect timed out", Duration.ofMillis(10_000)));
    WebhookDelivery afterFirst = d.after(retry.decide(1, first.response()), T0.plusSeconds(11));
    WebhookAttempt second = new WebhookAttempt(2, T0.plusSeconds(21), WebhookResponse.status(204, Duration.ofMillis(35)));
    WebhookDelivery afterSecond = afterFirst.after(retry.decide(2, second.response()), T0.plusSeconds(22));

    assertThat(outbox().recordAttempt(afterFirst, first)).isTrue();
    assertThat(outbox().recordAttempt(afterFirst, first)).as("the same attempt twice").isFalse();
    assertThat(outbox().recordAttempt(afterSecond, second)).isTrue();

    WebhookDeliveryLog entry = log().deliveries(subscription.id(), PageRequest.first(10)).items().get(0);
    assertThat(entry.delivery()).isEqualTo(afterSecond);
    assertThat(entry.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(entry.event()).isEqualTo(event);
    assertThat(entry.attempts()).containsExactly(first, second);
    assertThat(outbox().claimNextDue(T0.plusSeconds(100_000), T0.plusSeconds(200_000), Set.of())).isEmpty();
  }

  @Test
  void the_log_is_newest_first_per_subscription_and_paged() {
    oneAssetAndSubscription();
    WebhookSubscription other = subscribe();
    for (int i = 0; i < 5; i++) {
      OutboxEvent event = append(asset, i % 2 == 0 ? Phase.COOP : Phase.DEFECT, i % 2 == 0 ? Phase.DEFECT : Phase.COOP,
          T0.plusSeconds(86_400L * i), T0.plusSeconds(i));
      delivered(event, subscription, T0.plusSeconds(i));
      if (i == 0) delivered(event, other, T0);
    }

    Page<WebhookDeliveryLog> page = log().deliveries(subscription.id(), new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(e -> e.delivery().createdAt()).containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
    assertThat(page.items()).allSatisfy(e -> assertThat(e.attempts()).isEmpty());
    assertThat(log().deliveries(other.id(), PageRequest.first(10)).total()).isEqualTo(1);
    assertThat(log().deliveries(new WebhookSubscriptionId(UUID.randomUUID()), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void deleting_a_subscription_takes_its_deliveries_and_an_attempt_in_flight_is_not_recorded() {
    oneAssetAndSubscription();
    OutboxEvent event = append(asset, null, Phase.FORGIVE, T0, T0);
    WebhookDelivery d = delivered(event, subscription, T0);
    DueDelivery claimed = outbox().claimNextDue(T0, T0.plus(LEASE), Set.of()).orElseThrow();

    subscriptions().delete(subscription.id());

    WebhookAttempt attempt = new WebhookAttempt(1, T0, WebhookResponse.status(200, Duration.ofMillis(3)));
    assertThat(outbox().recordAttempt(claimed.delivery().after(new RetryPolicy.Decision.Delivered(), T0), attempt)).isFalse();
    assertThat(log().deliveries(subscription.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(d.id()).isEqualTo(claimed.delivery().id());
  }
}
