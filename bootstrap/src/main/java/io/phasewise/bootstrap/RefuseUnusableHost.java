package io.phasewise.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Answers a request whose {@code Host} header no URL can be built from ({@code a:b:c}, {@code [::1}) with a
 * 400 problem before the API sees it: Jersey builds its base URI from that header before any filter runs,
 * and its failure would otherwise be Grizzly's 500 page with a stack trace.
 */
final class RefuseUnusableHost extends WrappingHandler {
  private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
      + "\"detail\":\"the Host header is not a host name or address with an optional port\"}";
  RefuseUnusableHost(HttpHandler api) {
    super(api);
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (usable(request)) {
      api.service(request, response);
      return;
    }
    response.setStatus(HttpStatus.BAD_REQUEST_400);
    response.setContentType("application/problem+json");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(PROBLEM);
  }

  private static boolean usable(Request request) {
    try {
      new URI(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/").parseServerAuthority();
      return true;
    } catch (URISyntaxException | RuntimeException e) {
      return false;
    }
  }
}
