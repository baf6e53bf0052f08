package io.phasewise.adapters.persistence.alert;

import static io.phasewise.domain.alert.WebhookSubscriptionBuilder.aWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.StaleWebhookSubscriptionException;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.alert.port.out.WebhookPortsContract;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert adapters pass the webhook port contract on PostgreSQL; and what only a database can show. */
class PostgresWebhookPortsTest extends WebhookPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  private final AlertRows rows = new AlertRows(DB);

  @Override
  protected void startEmpty() {
    DB.truncate();
  }

  @Override
  protected WebhookSubscriptionsPort subscriptions() {
    return DB.persistence().ports(AlertPersistence.MODULE).subscriptions();
  }

  @Override
  protected WebhookOutboxPort outbox() {
    return DB.persistence().ports(AlertPersistence.MODULE).outbox();
  }

  @Override
  protected LoadWebhookDeliveriesPort log() {
    return DB.persistence().ports(AlertPersistence.MODULE).deliveries();
  }

  @Override
  protected UserId newUser() {
    return rows.newUser();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }

  @Override
  protected void deleteAsset(AssetId asset) {
    DB.execute("DELETE FROM assets WHERE id = " + asset.value());
  }

  @Override
  protected OutboxEvent append(AssetId asset, Phase from, Phase to, Instant changedAt, Instant createdAt) {
    return rows.appendEvent(asset, from, to, changedAt, createdAt);
  }

  private WebhookSubscription stored() {
    WebhookSubscription s = aWebhook().ownedBy(newUser()).postingTo("https://hooks.example.com/a")
        .forAssets(List.of(newAsset("AAPL"))).forPhases(List.of(Phase.COOP)).createdAt(T0).build();
    subscriptions().add(s);
    return s;
  }

  @Test
  void a_change_committed_by_another_transaction_after_the_read_makes_the_update_stale() {
    WebhookSubscription s = stored();
    TransactionPort tx = DB.persistence().transactions();

    assertThatThrownBy(() -> tx.inTransaction(() -> {
      WebhookSubscription read = subscriptions().find(s.id()).orElseThrow();
      CompletableFuture.runAsync(() -> subscriptions().update(read.deactivate(T0.plusSeconds(1)))).join();
      return subscriptions().update(read.edit(read.url(), "mine", List.of(), List.of(), true, T0.plusSeconds(2)));
    })).isInstanceOf(StaleWebhookSubscriptionException.class);

    WebhookSubscription after = subscriptions().find(s.id()).orElseThrow();
    assertThat(after.active()).isFalse();
    assertThat(after.description()).isEmpty();
    assertThat(after.version()).isEqualTo(1);
  }

  @Test
  void the_filters_live_in_their_own_rows_and_an_update_replaces_them() {
    WebhookSubscription s = stored();
    AssetId spy = newAsset("SPY");

    subscriptions().update(s.edit(s.url(), "", List.of(spy), List.of(Phase.DEFECT, Phase.FORGIVE), true, T0));

    assertThat(DB.queryLong("SELECT count(*) FROM webhook_subscription_assets WHERE asset_id = " + spy.value())).isEqualTo(1);
    assertThat(DB.queryLong("SELECT count(*) FROM webhook_subscription_assets")).isEqualTo(1);
    assertThat(DB.queryLong("SELECT count(*) FROM webhook_subscription_phases")).isEqualTo(2);
    assertThat(DB.queryLong("SELECT version FROM webhook_subscriptions")).isEqualTo(1);
  }
}
