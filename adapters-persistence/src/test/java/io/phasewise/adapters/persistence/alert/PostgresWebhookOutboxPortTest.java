package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.OutboxEvent;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPortContract;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWebhookOutboxPortTest extends WebhookOutboxPortContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  private final AlertRows rows = new AlertRows(DB);

  @Override
  protected void startEmpty() {
    rows.truncate();
  }

  @Override
  protected WebhookOutboxPort outbox() {
    return DB.persistence().alerts().outbox();
  }

  @Override
  protected LoadWebhookDeliveriesPort log() {
    return DB.persistence().alerts().deliveries();
  }

  @Override
  protected WebhookSubscriptionsPort subscriptions() {
    return DB.persistence().alerts().subscriptions();
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
  protected OutboxEvent append(AssetId asset, Phase from, Phase to, Instant changedAt, Instant createdAt) {
    return rows.appendEvent(asset, from, to, changedAt, createdAt);
  }
}
