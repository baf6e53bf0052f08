package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WebhookDispatcherTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(WebhookDispatcher.class);

  /** The planted outage's warning, with its stack trace, would only repeat what the test asserts. */
  @BeforeEach
  void quiet() {
    logger.setLevel(Level.ERROR);
  }

  @AfterEach
  void restore() {
    logger.setLevel(null);
  }

  /** Counts runs; the first fan-out fails, as a database outage would. */
  private static final class CountingDispatch implements DispatchWebhooksUseCase {
    final AtomicInteger fanOuts = new AtomicInteger();
    final AtomicInteger deliveries = new AtomicInteger();
    final CountDownLatch threeRuns = new CountDownLatch(3);

    @Override
    public FanOutReport fanOut() {
      if (fanOuts.incrementAndGet() == 1) throw new IllegalStateException("database down");
      return new FanOutReport(0, 0);
    }

    @Override
    public DeliveryReport deliverDue(Instant now) {
      deliveries.incrementAndGet();
      threeRuns.countDown();
      return new DeliveryReport(0, 0, 0, 0);
    }
  }

  @Test
  void it_runs_fan_out_then_deliveries_on_schedule_survives_a_failed_run_and_stops_on_close() throws Exception {
    CountingDispatch dispatch = new CountingDispatch();

    WebhookDispatcher dispatcher = WebhookDispatcher.start(dispatch, Duration.ofMillis(20), Clock.systemUTC());
    assertThat(dispatch.threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
    dispatcher.close();
    int runs = dispatch.fanOuts.get();
    Thread.sleep(100);

    assertThat(runs).isGreaterThanOrEqualTo(4);
    assertThat(dispatch.deliveries.get()).as("the failed run delivered nothing").isEqualTo(runs - 1);
    assertThat(dispatch.fanOuts.get()).as("nothing runs after close").isEqualTo(runs);
  }
}
