package io.phasewise.bootstrap;

import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.DeliveryReport;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.FanOutReport;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the webhook dispatcher on background threads: one fans out, {@link #LANES} others deliver, each
 * followed by a pause of {@code poll}, again and again. The lanes never POST to the same subscription
 * at once, so a slow receiver holds up one lane and its own deliveries, while the others serve the
 * rest. A failed run is logged and the next one tries again; {@link #close()} lets the runs in progress
 * finish (a POST takes at most its timeouts) and stops. Deliveries left PENDING are resumed by the next
 * start, on this or any other instance.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  /** How long {@link #close()} waits for a run in progress: longer than one POST may take. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  /** Deliveries made side by side: as many slow subscriptions as this can be waited on before a fast one waits. */
  static final int LANES = 4;

  private final DispatchWebhooksUseCase dispatch;
  private final Clock clock;
  private final ScheduledExecutorService thread;

  private WebhookDispatcher(DispatchWebhooksUseCase dispatch, Clock clock) {
    this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.thread = BackgroundThread.start("phasewise-webhooks", LANES + 1);
  }

  /** Starts fanning out and delivering now, each job again every {@code poll} after its previous run ended. */
  public static WebhookDispatcher start(DispatchWebhooksUseCase dispatch, Duration poll, Clock clock) {
    if (poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive: " + poll);
    WebhookDispatcher dispatcher = new WebhookDispatcher(dispatch, clock);
    dispatcher.thread.scheduleWithFixedDelay(dispatcher::fanOutOnce, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    for (int lane = 0; lane < LANES; lane++) {
      dispatcher.thread.scheduleWithFixedDelay(dispatcher::deliverOnce, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }
    return dispatcher;
  }

  /** One fan-out; never throws, so the schedule keeps going. */
  void fanOutOnce() {
    try {
      FanOutReport fanned = dispatch.fanOut();
      if (fanned.events() > 0) LOG.info("webhooks: {} event(s) fanned out into {} delivery(ies)", fanned.events(), fanned.deliveries());
    } catch (RuntimeException e) {
      LOG.warn("webhook fan-out failed; the next run tries again", e);
    }
  }

  /** One lane's run through the due deliveries; never throws, so the schedule keeps going. */
  void deliverOnce() {
    try {
      DeliveryReport delivered = dispatch.deliverDue(clock.instant());
      if (delivered.attempted() > 0) {
        LOG.info("webhooks: {} attempt(s): {} delivered, {} to retry, {} failed", delivered.attempted(),
            delivered.delivered(), delivered.retrying(), delivered.failed());
      }
    } catch (RuntimeException e) {
      LOG.warn("webhook delivery failed; the next run tries again", e);
    }
  }

  /** Stops scheduling, waits for the runs in progress, then interrupts those that still have not ended. */
  @Override
  public void close() {
    BackgroundThread.stop(thread, STOP_WAIT, LOG, "webhook dispatch");
  }
}
