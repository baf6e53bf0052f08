package io.phasewise.application.alert.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSecret;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the subscription store passes (fake and database); each test starts from an empty store. */
public abstract class WebhookSubscriptionsPortContract {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();

  protected abstract WebhookSubscriptionsPort port();

  protected abstract UserId newUser();

  protected abstract AssetId newAsset(String symbol);

  private WebhookSubscription stored(UserId owner, List<AssetId> assets, List<Phase> phases, Instant createdAt) {
    WebhookSubscription s = WebhookSubscription.create(WebhookSubscriptionId.random(), owner,
        URI.create("https://hooks.example.com/" + createdAt.getEpochSecond()), WebhookSecret.generate(RANDOM), "desk alerts",
        assets, phases, createdAt);
    port().add(s);
    return s;
  }

  @Test
  void a_subscription_reads_back_whole_with_its_filters() {
    AssetId aapl = newAsset("AAPL");
    AssetId spy = newAsset("SPY");
    WebhookSubscription s = stored(newUser(), List.of(aapl, spy), List.of(Phase.DEFECT, Phase.FORGIVE), T0);

    assertThat(port().find(s.id())).contains(s);
    assertThat(port().find(WebhookSubscriptionId.random())).isEmpty();
  }

  @Test
  void a_user_lists_only_their_own_subscriptions_oldest_first() {
    UserId alice = newUser();
    UserId bob = newUser();
    WebhookSubscription second = stored(alice, List.of(), List.of(), T0.plusSeconds(60));
    WebhookSubscription first = stored(alice, List.of(), List.of(), T0);
    WebhookSubscription bobs = stored(bob, List.of(), List.of(), T0);

    assertThat(port().ownedBy(alice)).containsExactly(first, second);
    assertThat(port().ownedBy(bob)).containsExactly(bobs);
    assertThat(port().ownedBy(newUser())).isEmpty();
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
    port().update(paused.deactivate(T0.plusSeconds(4)));

    assertThat(port().activeFor(List.of(aapl, btc))).containsExactlyInAnyOrder(everything, aaplOnly);
    assertThat(port().activeFor(List.of(spy))).containsExactlyInAnyOrder(everything, spyOnly);
  }

  @Test
  void an_update_stores_every_change_and_counts_the_version() {
    AssetId aapl = newAsset("AAPL");
    AssetId spy = newAsset("SPY");
    WebhookSubscription s = stored(newUser(), List.of(aapl), List.of(Phase.COOP), T0);

    WebhookSubscription edited = port().update(
        s.edit(URI.create("http://hooks.example.org:8080/b?x=1"), "moved", List.of(spy), List.of(), false, T0.plusSeconds(5)));
    WebhookSubscription rotated = port().update(edited.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(9)));

    assertThat(edited.version()).isEqualTo(1);
    assertThat(rotated.version()).isEqualTo(2);
    assertThat(port().find(s.id())).contains(rotated);
    WebhookSubscription read = port().find(s.id()).orElseThrow();
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
    WebhookSubscription current = port().update(s.deactivate(T0.plusSeconds(1)));

    assertThatThrownBy(() -> port().update(s.edit(s.url(), "late", List.of(), List.of(), true, T0.plusSeconds(2))))
        .isInstanceOf(StaleWebhookSubscriptionException.class);
    assertThat(port().find(s.id())).contains(current);

    assertThat(port().delete(s.id())).isTrue();
    assertThatThrownBy(() -> port().update(current.deactivate(T0.plusSeconds(3))))
        .isInstanceOf(StaleWebhookSubscriptionException.class);
  }

  @Test
  void a_deleted_subscription_is_gone() {
    WebhookSubscription s = stored(newUser(), List.of(newAsset("AAPL")), List.of(Phase.DEFECT), T0);

    assertThat(port().delete(s.id())).isTrue();
    assertThat(port().delete(s.id())).isFalse();
    assertThat(port().find(s.id())).isEmpty();
    assertThat(port().ownedBy(s.owner())).isEmpty();
  }
}
