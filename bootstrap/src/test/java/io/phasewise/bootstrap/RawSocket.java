package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One HTTP/1.1 connection written byte by byte, for what a well-behaved client never does (stall, trickle, lie). */
final class RawSocket implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String host;

  RawSocket(URI base) throws IOException {
    host = base.getAuthority();
    socket = new Socket(base.getHost(), base.getPort());
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** Sends {@code text} as ASCII at once. */
  RawSocket send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return this;
  }

  /** The head of a request, {@code headers} each ending in CRLF. */
  RawSocket head(String method, String path, String headers) throws IOException {
    return send(method + " /" + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "\r\n");
  }

  /**
   * What came back within {@code wait}: the response so far (its status line first), "" when the server closed
   * the connection without a word, or null when it neither answered nor closed.
   */
  String answer(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        if (text.indexOf("\r\n\r\n") >= 0 && text.indexOf("}") >= 0) break;
      }
    } catch (SocketTimeoutException silent) {
      return text.length() == 0 ? null : text.toString();
    } catch (IOException reset) {
      return text.toString();
    }
    return text.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
