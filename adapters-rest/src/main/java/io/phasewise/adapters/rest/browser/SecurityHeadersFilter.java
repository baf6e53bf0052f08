package io.phasewise.adapters.rest.browser;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Filter: the security headers of every response: no content sniffing, no referrer, and, on
 * responses that bring no policy of their own (everything but the pages), a CSP that loads nothing
 * and lets no page frame the response.
 */
final class SecurityHeadersFilter implements ContainerResponseFilter {
  private static final String CSP = "Content-Security-Policy";
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("Referrer-Policy", "no-referrer");
    if (!headers.containsKey(CSP)) headers.putSingle(CSP, API_POLICY);
  }
}
