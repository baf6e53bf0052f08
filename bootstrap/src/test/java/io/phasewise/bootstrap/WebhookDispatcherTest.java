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

  /** Counts runs; the first fan-out fails, as a database outage would, and the first delivery run hangs until released. */
  private static final class CountingDispatch implements DispatchWebhooksUseCase {
    final AtomicInteger fanOuts = new AtomicInteger();
    final AtomicInteger deliveries = new AtomicInteger();
    final CountDownLatch threeFanOuts = new CountDownLatch(3);
    final CountDownLatch fiveDeliveries = new CountDownLatch(5);
    final CountDownLatch releaseSlow = new CountDownLatch(1);

    @Override
    public FanOutReport fanOut() {
      threeFanOuts.countDown();
      if (fanOuts.incrementAndGet() == 1) throw new IllegalStateException("database down");
      return new FanOutReport(0, 0);
    }

    @Override
    public DeliveryReport deliverDue(Instant now) {
      if (deliveries.incrementAndGet() == 1) await(releaseSlow); // a receiver that does not answer
      fiveDeliveries.countDown();
      return new DeliveryReport(0, 0, 0, 0);
    }

    private static void await(CountDownLatch latch) {
      try {
        latch.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void it_fans_out_and_delivers_on_schedule_past_a_failed_run_and_a_hung_lane_and_stops_on_close() throws Exception {
    CountingDispatch dispatch = new CountingDispatch();

    WebhookDispatcher dispatcher = WebhookDispatcher.start(dispatch, Duration.ofMillis(20), Clock.systemUTC());
    assertThat(dispatch.threeFanOuts.await(10, TimeUnit.SECONDS)).as("fan-out goes on after a failure").isTrue();
    assertThat(dispatch.fiveDeliveries.await(10, TimeUnit.SECONDS)).as("the other lanes deliver while one hangs").isTrue();
    assertThat(dispatch.releaseSlow.getCount()).as("still hung").isEqualTo(1);
    dispatch.releaseSlow.countDown();
    dispatcher.close();
    int fanOuts = dispatch.fanOuts.get();
    int deliveries = dispatch.deliveries.get();
    Thread.sleep(100);

    assertThat(dispatch.fanOuts.get()).as("no fan-out after close").isEqualTo(fanOuts);
    assertThat(dispatch.deliveries.get()).as("no delivery after close").isEqualTo(deliveries);
  }
}
