package io.phasewise.application.testing;

import io.phasewise.application.alert.AlertPorts;
import io.phasewise.application.alert.AlertUseCases;
import io.phasewise.application.alert.WebhookTransport;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import java.util.UUID;

/**
 * The webhook use cases wired by their {@code wire} on in-memory fakes over an {@link InMemoryMarket}: a name resolver the
 * test fills, a sender that records requests, the public-only URL policy and the standard options.
 */
public final class InMemoryWebhooks {
  public final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  public final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
  public final StaticHostResolver resolver = new StaticHostResolver();
  public final RecordingWebhookSender sender = new RecordingWebhookSender();
  public final DirectTransactions tx = new DirectTransactions();
  public final AlertPorts ports = new AlertPorts(subscriptions, outbox, outbox, tx);
  public final AlertUseCases useCases;

  public InMemoryWebhooks(InMemoryMarket market) {
    this(market, WebhookUrlPolicy.publicOnly(), DispatchWebhooksService.Options.standard());
  }

  public InMemoryWebhooks(InMemoryMarket market, WebhookUrlPolicy policy, DispatchWebhooksService.Options options) {
    subscriptions.cascadeTo(outbox::deleteSubscription);
    market.assets.cascadeTo(outbox::deleteAsset);
    useCases = AlertUseCases.wire(ports, market.ports, market.infra, new WebhookTransport(sender, resolver, policy, options));
  }

  /** Writes an event of {@code asset} moving from {@code from} to {@code to} to the outbox, with a small JSON body. */
  public OutboxEvent recordTransition(AssetId asset, Phase from, Phase to, Instant changedAt, Instant recordedAt) {
    OutboxEvent event = new OutboxEvent(UUID.randomUUID(), asset, Interval.D1, from, to, changedAt,
        "{\"type\":\"phase.transition\",\"asset\":" + asset.value() + ",\"to\":\"" + to.code() + "\"}", recordedAt);
    outbox.append(event);
    return event;
  }
}
