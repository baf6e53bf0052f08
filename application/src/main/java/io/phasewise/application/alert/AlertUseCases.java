package io.phasewise.application.alert;

import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.in.ListWebhookDeliveriesUseCase;
import io.phasewise.application.alert.port.in.ManageWebhooksUseCase;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.application.alert.service.ListWebhookDeliveriesService;
import io.phasewise.application.alert.service.ManageWebhooksService;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.shared.Infrastructure;
import java.security.SecureRandom;

/** The use cases of the alert context: webhook subscriptions, their delivery logs and the dispatcher. */
public record AlertUseCases(
    ManageWebhooksUseCase manage,
    ListWebhookDeliveriesUseCase deliveries,
    DispatchWebhooksUseCase dispatch) {

  /** Every webhook service on {@code ports}, over the market's assets, delivering through {@code transport}. */
  public static AlertUseCases wire(AlertPorts ports, MarketPorts market, Infrastructure infra, WebhookTransport transport) {
    return new AlertUseCases(
        new ManageWebhooksService(ports.subscriptions(), market.loadAssets(), transport.policy(), transport.resolver(),
            ports.tx(), infra.clock(), new SecureRandom(), infra.ids()),
        new ListWebhookDeliveriesService(ports.subscriptions(), ports.deliveries()),
        new DispatchWebhooksService(ports.subscriptions(), ports.outbox(), transport.sender(), transport.policy(),
            transport.resolver(), ports.tx(), infra.clock(), infra.ids(), transport.options()));
  }
}
