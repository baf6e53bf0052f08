package io.phasewise.bootstrap;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;

/**
 * Runs requests that carry a body on their own threads, so that clients trickling uploads in hold
 * those threads only and requests without a body (every read) keep Grizzly's worker threads to
 * themselves. Waiting uploads queue; the read timeout and the body deadline cut off stalled ones.
 */
final class BodyThreads extends WrappingHandler {
  private final ExecutorService bodies;
  private final RequestExecutorProvider routing;

  BodyThreads(HttpHandler api, int threads) {
    super(api);
    this.bodies = Executors.newFixedThreadPool(threads, named());
    RequestExecutorProvider workers = new RequestExecutorProvider.WorkerThreadProvider();
    this.routing = request -> hasBody(request) ? bodies : workers.getExecutor(request);
  }

  private static boolean hasBody(Request request) {
    return request.getContentLengthLong() > 0 || request.getRequest().isChunked();
  }

  private static ThreadFactory named() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "phasewise-body-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public RequestExecutorProvider getRequestExecutorProvider() {
    return routing;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    api.service(request, response);
  }

  @Override
  public void destroy() {
    super.destroy();
    bodies.shutdownNow();
  }
}
