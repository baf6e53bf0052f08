package io.phasewise.adapters.rest.browser;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Filter: refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another
 * site with 403, before authentication and before the body is read. A browser says where a request comes
 * from in {@code Sec-Fetch-Site} (only {@code same-origin} and {@code none}, a typed address, pass) and in
 * {@code Origin} (it must name this server's host and port). Clients that send neither, such as curl or
 * a script, pass; a page cannot suppress both.
 */
@PreMatching
final class CrossSiteFilter implements ContainerRequestFilter {
  private static final Set<String> STATE_CHANGING =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!STATE_CHANGING.contains(request.getMethod())) return;
    String fetchSite = request.getHeaderString("Sec-Fetch-Site");
    if (fetchSite != null && !OWN_SITE.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
      throw new ForbiddenException("a " + request.getMethod() + " from another site (Sec-Fetch-Site: " + fetchSite
          + ") is refused: only the server's own pages may change data from a browser");
    }
    String origin = request.getHeaderString("Origin");
    if (origin != null && !sameAuthority(origin, request.getHeaderString(HttpHeaders.HOST))) {
      throw new ForbiddenException("a " + request.getMethod() + " from the origin '" + origin
          + "' is refused: only the server's own pages may change data from a browser");
    }
  }

  /**
   * Whether {@code origin} names the host and port the request was sent to. The scheme is not compared: behind a
   * proxy that ends TLS the server sees http where the page had https.
   */
  private static boolean sameAuthority(String origin, String host) {
    try {
      String authority = URI.create(origin.strip()).getRawAuthority();
      return authority != null && host != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }
}
