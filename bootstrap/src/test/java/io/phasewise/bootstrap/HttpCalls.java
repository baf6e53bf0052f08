package io.phasewise.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a served Phasewise over a real socket, for the end-to-end tests: one client and one request builder for all. */
final class HttpCalls {
  private final HttpClient client;
  private final Duration timeout;

  /** A client speaking {@code version}, connecting within 5 s, each request answered within {@code timeout}. */
  HttpCalls(HttpClient.Version version, Duration timeout) {
    this.client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    this.timeout = timeout;
  }

  /** HTTP/1.1, 30 s per request. */
  static HttpCalls http11() {
    return new HttpCalls(HttpClient.Version.HTTP_1_1, Duration.ofSeconds(30));
  }

  HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
    return send(base, "GET", path, null, null);
  }

  /** {@code method path}, with {@code json} as the body unless null and {@code token} as the bearer token unless null. */
  HttpResponse<String> send(URI base, String method, String path, String json, String token)
      throws IOException, InterruptedException {
    return send(base, method, path, "application/json", json, token);
  }

  /** {@code method path}, with {@code body} of {@code contentType} unless null and {@code token} as the bearer token unless null. */
  HttpResponse<String> send(URI base, String method, String path, String contentType, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) request.header("Content-Type", contentType);
    if (token != null) request.header("Authorization", "Bearer " + token);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
