package io.phasewise.application.testing;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.application.alert.service.ListWebhookDeliveriesService;
import io.phasewise.application.alert.service.ManageWebhooksService;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The webhook use cases wired on in-memory fakes over an in-memory asset store: a name resolver the
 * test fills, a sender that records requests, the public-only URL policy and the standard options.
 */
public final class InMemoryWebhooks {
  public final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  public final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
  public final StaticHostResolver resolver = new StaticHostResolver();
  public final RecordingWebhookSender sender = new RecordingWebhookSender();
  public final DirectTransactions tx = new DirectTransactions();
  public final ManageWebhooksService manage;
  public final ListWebhookDeliveriesService deliveries;
  public final DispatchWebhooksService dispatch;

  public InMemoryWebhooks(Clock clock, InMemoryAssetStore assets) {
    this(clock, assets, WebhookUrlPolicy.publicOnly(), DispatchWebhooksService.Options.standard());
  }

  public InMemoryWebhooks(Clock clock, InMemoryAssetStore assets, WebhookUrlPolicy policy,
      DispatchWebhooksService.Options options) {
    subscriptions.cascadeTo(outbox::deleteSubscription);
    assets.cascadeTo(outbox::deleteAsset);
    manage = new ManageWebhooksService(subscriptions, assets, policy, resolver, tx, clock, new SecureRandom(), IdGenerator.random());
    deliveries = new ListWebhookDeliveriesService(subscriptions, outbox);
    dispatch = new DispatchWebhooksService(subscriptions, outbox, sender, policy, resolver, tx, clock, options, IdGenerator.random());
  }

  /** Writes an event of {@code asset} moving from {@code from} to {@code to} to the outbox, with a small JSON body. */
  public OutboxEvent recordTransition(AssetId asset, Phase from, Phase to, Instant changedAt, Instant recordedAt) {
    OutboxEvent event = new OutboxEvent(UUID.randomUUID(), asset, Interval.D1, from, to, changedAt,
        "{\"type\":\"phase.transition\",\"asset\":" + asset.value() + ",\"to\":\"" + to.code() + "\"}", recordedAt);
    outbox.append(event);
    return event;
  }
}
