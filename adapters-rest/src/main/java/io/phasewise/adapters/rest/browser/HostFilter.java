package io.phasewise.adapters.rest.browser;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Filter: refuses a request whose {@code Host} is not one of the {@link AllowedHosts} with 421 before
 * anything else runs, so a page on a rebound DNS name cannot talk to the server and no URL (a
 * {@code Location}, a {@code Link}) is ever built from a name the server does not own.
 */
@PreMatching
final class HostFilter implements ContainerRequestFilter {
  private static final int MISDIRECTED_REQUEST = 421;

  private final AllowedHosts hosts;

  HostFilter(AllowedHosts hosts) {
    this.hosts = hosts;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String host = request.getHeaderString(HttpHeaders.HOST);
    if (host == null || host.isBlank()) throw new BadRequestException("the request has no Host header");
    int defaultPort = request.getSecurityContext().isSecure() ? 443 : 80;
    if (!hosts.allows(host, defaultPort)) {
      throw new ClientErrorException("this server does not answer to the host name '" + host
          + "'; an operator can allow it with PHASEWISE_ALLOWED_HOSTS",
          Response.status(MISDIRECTED_REQUEST, "Misdirected Request").build());
    }
  }
}
