package io.phasewise.adapters.rest.limit;

import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * A request body that stops with a {@link BodyRefusedException} once more than {@code limit} bytes
 * have arrived, its deadline has passed or the connection stalled or broke, whatever the Content-Length
 * said (chunked bodies have none).
 */
final class CappedBody extends FilterInputStream {
  private final long limit;
  private final long deadlineNanos;
  private long count;

  CappedBody(InputStream in, long limit, long deadlineNanos) {
    super(in);
    this.limit = limit;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException e) {
      throw broken(e);
    }
    if (n > 0) counted(n);
    return n;
  }

  @Override
  public long skip(long n) {
    int chunk = (int) Math.min(n, 8192);
    return Math.max(0, read(new byte[chunk], 0, chunk));
  }

  /** The connection timed out waiting for bytes (the server's read timeout) or broke off before the body ended. */
  private static BodyRefusedException broken(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
        return new BodyRefusedException(Response.Status.REQUEST_TIMEOUT, "the request body stalled: no bytes arrived in time");
      }
    }
    return new BodyRefusedException(Response.Status.BAD_REQUEST, "the request body broke off before its end");
  }

  private void counted(long n) {
    count += n;
    if (count > limit) throw BodySizeFilter.tooLarge(limit);
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new BodyRefusedException(Response.Status.REQUEST_TIMEOUT, "the request body took too long to arrive");
    }
  }
}
