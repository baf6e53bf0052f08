package io.phasewise.application.pipeline.step;

import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.DeliveryReport;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.FanOutReport;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Step {@code webhooks}, run-wide: the outbox events fanned out into deliveries, then the deliveries due
 * attempted. Counts {@code events}, {@code deliveries}, {@code attempted}, {@code delivered},
 * {@code retrying} and {@code failed}; what got done before a failure is kept.
 */
public final class WebhooksStep implements PipelineStep {
  private final DispatchWebhooksUseCase webhooks;
  private final Clock clock;

  public WebhooksStep(DispatchWebhooksUseCase webhooks, Clock clock) {
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return "webhooks";
  }

  @Override
  public StepData reads() {
    return StepData.PHASE_EVENTS;
  }

  @Override
  public StepReport run(List<AssetId> assets, Interval interval) {
    FanOutReport fanOut = new FanOutReport(0, 0);
    DeliveryReport delivery = new DeliveryReport(0, 0, 0, 0);
    try {
      fanOut = webhooks.fanOut();
      delivery = webhooks.deliverDue(clock.instant());
      return StepReport.ofRun(counted(fanOut, delivery));
    } catch (RuntimeException e) {
      return StepReport.failedAfter(counted(fanOut, delivery), e);
    }
  }

  private static StepOutcome counted(FanOutReport fanOut, DeliveryReport delivery) {
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("events", (long) fanOut.events());
    counters.put("deliveries", (long) fanOut.deliveries());
    counters.put("attempted", (long) delivery.attempted());
    counters.put("delivered", (long) delivery.delivered());
    counters.put("retrying", (long) delivery.retrying());
    counters.put("failed", (long) delivery.failed());
    return StepOutcome.counting(counters);
  }
}
