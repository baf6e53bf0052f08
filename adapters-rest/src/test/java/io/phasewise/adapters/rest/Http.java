package io.phasewise.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small JDK HTTP client for the tests: real requests over a socket, responses as text and JSON. */
final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * HTTP/1.1: the JDK client would otherwise offer an h2c upgrade on its first request, which
   * Grizzly without its HTTP/2 add-on does not answer correctly for requests with a body.
   */
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  /** The token sent with every request that names no {@code Authorization} of its own, or null. */
  private final String token;

  Http(URI base) {
    this(base, null);
  }

  private Http(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** A client of the same server that authenticates every request with {@code token} unless it gives its own. */
  Http as(String token) {
    return new Http(base, token);
  }

  /** The server's address, e.g. {@code http://localhost:40123}. */
  URI base() {
    return base;
  }

  /** A response with its body read as text. */
  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  /** The header {@code Authorization: Bearer <token>}, as the name-value pair every request method takes. */
  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  Response get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  Response get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  Response method(String method, String path) {
    return send(request(path).method(method, BodyPublishers.noBody()));
  }

  Response postJson(String path, String json) {
    return send(request(path, "Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
  }

  Response putJson(String path, String json) {
    return send(request(path, "Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
  }

  Response post(String path, String contentType, String body) {
    return send(request(path, "Content-Type", contentType).POST(BodyPublishers.ofString(body)));
  }

  /** Any method with an optional JSON body ({@code null} for none) and extra headers (name, value, name, value, ...). */
  Response call(String method, String path, String json, String... headers) {
    HttpRequest.Builder builder = request(path, headers);
    if (json == null) return send(builder.method(method, BodyPublishers.noBody()));
    return send(builder.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json)));
  }

  /** Any method with any body as text ({@code null} for none) and headers as given, the content type among them. */
  Response raw(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder = request(path, headers);
    return send(builder.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
  }

  /** POSTs {@code content} as the multipart/form-data field {@code field} named {@code filename}. */
  Response postFile(String path, String field, String filename, String content) {
    String boundary = "phasewise-test-boundary";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + content + "\r\n"
        + "--" + boundary + "--\r\n";
    BodyPublisher publisher = BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) builder.headers(headers);
    if (token != null && !names(headers, "Authorization")) builder.headers(bearer(token));
    return builder;
  }

  private static boolean names(String[] headers, String name) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase(name)) return true;
    }
    return false;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
