package io.phasewise.adapters.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests written byte for byte on a socket, for what the JDK client refuses to send: a {@code Host}
 * header of the test's choosing, as a DNS-rebinding page would have its browser send.
 */
final class RawHttp {
  private final URI base;

  RawHttp(URI base) {
    this.base = base;
  }

  /**
   * The status line and headers, blank line and body of the response to {@code method path} sent with
   * {@code host}, and {@code body} in {@code contentType} unless the body is {@code null}.
   */
  String send(String method, String path, String host, String contentType, String body) {
    List<String> headers = new ArrayList<>();
    headers.add("Host: " + host);
    if (body != null) headers.add("Content-Type: " + contentType);
    return send(method, path, headers, body);
  }

  /**
   * The response to {@code method path} sent with exactly {@code headers} (each a whole "Name: value"
   * line; repeat a name to send it twice) and {@code body}, whose length this adds, unless it is {@code null}.
   */
  String send(String method, String path, List<String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    for (String header : headers) head.append(header).append("\r\n");
    if (body != null) head.append("Content-Length: ").append(content.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status code of a response {@link #send} returned. */
  static int status(String response) {
    return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
  }
}
