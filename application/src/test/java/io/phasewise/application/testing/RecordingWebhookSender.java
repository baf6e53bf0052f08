package io.phasewise.application.testing;

import io.phasewise.application.alert.port.out.SendWebhookPort;
import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.alert.WebhookResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** Fake sender: records every request and answers from a script, then with 200. */
public final class RecordingWebhookSender implements SendWebhookPort {
  private static final Duration ELAPSED = Duration.ofMillis(7);

  private final List<WebhookRequest> requests = new ArrayList<>();
  private final Deque<Function<WebhookRequest, WebhookResponse>> script = new ArrayDeque<>();

  /** The next requests are answered with these statuses, in order. */
  public synchronized RecordingWebhookSender answer(int... statuses) {
    for (int status : statuses) script.add(request -> WebhookResponse.status(status, ELAPSED));
    return this;
  }

  /** The next request gets no answer: {@code error}. */
  public synchronized RecordingWebhookSender failNext(String error) {
    script.add(request -> WebhookResponse.failed(error, ELAPSED));
    return this;
  }

  /** The next request is sent, then the process "crashes": {@code crash} is thrown after recording it. */
  public synchronized RecordingWebhookSender crashAfterNext(RuntimeException crash) {
    script.add(request -> {
      throw crash;
    });
    return this;
  }

  @Override
  public synchronized WebhookResponse send(WebhookRequest request) {
    requests.add(request);
    Function<WebhookRequest, WebhookResponse> next = script.poll();
    return next == null ? WebhookResponse.status(200, ELAPSED) : next.apply(request);
  }

  /** Every request sent so far, oldest first. */
  public synchronized List<WebhookRequest> requests() {
    return List.copyOf(requests);
  }
}
