package io.phasewise.adapters.providers.webhook;

import io.phasewise.application.alert.port.out.SendWebhookPort;
import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.alert.WebhookResponse;
import io.vavr.Lazy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Adapter: POSTs webhooks with the JDK's {@link HttpClient}. HTTP/1.1, a connect timeout and a
 * timeout for the response to start, redirects never followed (the target of a redirect was not
 * checked against the address policy), and the response body never read: only the status counts,
 * so a receiver cannot hold the dispatcher by streaming a body. Failures of the network or the
 * receiver come back as failed responses, never as exceptions. The client (whose selector thread the
 * JDK starts when it is built) is built on the first POST, so an application that never sends a
 * webhook starts no thread for them.
 */
public final class HttpWebhookSender implements SendWebhookPort {
  /** Sent as {@code User-Agent}, so receivers can tell Phasewise's requests apart. */
  public static final String USER_AGENT = "Phasewise-Webhooks/0.1";

  private final Lazy<HttpClient> client;
  private final Duration connectTimeout;
  private final Duration requestTimeout;

  public HttpWebhookSender(Duration connectTimeout, Duration requestTimeout) {
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.client = Lazy.of(() -> HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build());
  }

  /** Ten seconds to connect and ten more for the response to start. */
  public static HttpWebhookSender standard() {
    return new HttpWebhookSender(Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Override
  public WebhookResponse send(WebhookRequest request) {
    HttpRequest.Builder http = HttpRequest.newBuilder(request.url())
        .timeout(requestTimeout)
        .header("User-Agent", USER_AGENT)
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.bodyBytes()));
    request.headers().forEach(http::header);
    long started = System.nanoTime();
    try {
      HttpResponse<Void> response = client.get().send(http.build(), info -> new StatusOnly());
      return answered(response, elapsedSince(started));
    } catch (HttpConnectTimeoutException e) {
      return WebhookResponse.failed("connect timed out after " + connectTimeout.toMillis() + " ms", elapsedSince(started));
    } catch (HttpTimeoutException e) {
      return WebhookResponse.failed("no response within " + requestTimeout.toMillis() + " ms", elapsedSince(started));
    } catch (ConnectException e) {
      return WebhookResponse.failed("connection refused or unreachable: " + message(e), elapsedSince(started));
    } catch (IOException e) {
      return WebhookResponse.failed(e.getClass().getSimpleName() + ": " + message(e), elapsedSince(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WebhookResponse.failed("interrupted while sending", elapsedSince(started));
    }
  }

  private static WebhookResponse answered(HttpResponse<Void> response, Duration elapsed) {
    int status = response.statusCode();
    if (status >= 300 && status <= 399) {
      String location = response.headers().firstValue("Location").orElse("no Location");
      return new WebhookResponse(status, "HTTP " + status + ": redirect to " + location + " not followed", elapsed);
    }
    return WebhookResponse.status(status, elapsed);
  }

  private static Duration elapsedSince(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  private static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) return t.getMessage();
    }
    return e.getClass().getSimpleName();
  }

  /** Reads nothing of the body: cancels it at once (the connection is closed, not reused). */
  private static final class StatusOnly implements HttpResponse.BodySubscriber<Void> {
    @Override
    public CompletionStage<Void> getBody() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      // cancelled on subscription: nothing arrives
    }

    @Override
    public void onError(Throwable throwable) {
      // the status is known already; a broken body does not change it
    }

    @Override
    public void onComplete() {
      // nothing to finish
    }
  }
}
