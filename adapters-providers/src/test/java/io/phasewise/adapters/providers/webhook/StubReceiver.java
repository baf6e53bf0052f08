package io.phasewise.adapters.providers.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A local webhook receiver for tests: records every request and answers from a script, then 200. */
final class StubReceiver implements AutoCloseable {
  /** One received request. */
  record Received(String method, String path, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** How to answer one request. */
  @FunctionalInterface
  interface Answer {
    void respond(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final Deque<Answer> script = new ArrayDeque<>();

  StubReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The next requests get these statuses, with a short body. */
  synchronized StubReceiver answer(int... statuses) {
    for (int status : statuses) script.add(exchange -> reply(exchange, status));
    return this;
  }

  synchronized StubReceiver then(Answer answer) {
    script.add(answer);
    return this;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  static void reply(HttpExchange exchange, int status) throws IOException {
    byte[] body = ("status " + status).getBytes();
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Answer answer;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      synchronized (this) {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders(), body));
        answer = script.poll();
      }
    }
    if (answer == null) reply(exchange, 200);
    else answer.respond(exchange);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
