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
 * Runs the webhook dispatcher on one background thread: fan-out, then the due deliveries, then a
 * pause of {@code poll}, again and again. A failed run is logged and the next one tries again;
 * {@link #close()} lets the run in progress finish (a POST takes at most its timeouts) and stops.
 * Deliveries left PENDING are resumed by the next start, on this or any other instance.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  /** How long {@link #close()} waits for a run in progress: longer than one POST may take. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final DispatchWebhooksUseCase dispatch;
  private final Clock clock;
  private final ScheduledExecutorService thread;

  private WebhookDispatcher(DispatchWebhooksUseCase dispatch, Clock clock) {
    this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.thread = BackgroundThread.start("phasewise-webhooks");
  }

  /** Starts dispatching now and then every {@code poll} after the previous run ended. */
  public static WebhookDispatcher start(DispatchWebhooksUseCase dispatch, Duration poll, Clock clock) {
    if (poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive: " + poll);
    WebhookDispatcher dispatcher = new WebhookDispatcher(dispatch, clock);
    dispatcher.thread.scheduleWithFixedDelay(dispatcher::runOnce, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    return dispatcher;
  }

  /** One run; never throws, so the schedule keeps going. */
  void runOnce() {
    try {
      FanOutReport fanned = dispatch.fanOut();
      DeliveryReport delivered = dispatch.deliverDue(clock.instant());
      if (fanned.events() > 0 || delivered.attempted() > 0) {
        LOG.info("webhooks: {} event(s) fanned out into {} delivery(ies); {} attempt(s): {} delivered, {} to retry, {} failed",
            fanned.events(), fanned.deliveries(), delivered.attempted(), delivered.delivered(), delivered.retrying(),
            delivered.failed());
      }
    } catch (RuntimeException e) {
      LOG.warn("webhook dispatch failed; the next run tries again", e);
    }
  }

  /** Stops scheduling, waits for a run in progress, then interrupts it if it still has not ended. */
  @Override
  public void close() {
    BackgroundThread.stop(thread, STOP_WAIT, LOG, "webhook dispatch");
  }
}
