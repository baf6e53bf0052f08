package io.phasewise.adapters.rest.browser;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * Feature: the browser safety of the whole API: the {@code Host} check first, then the cross-site
 * refusal of state-changing requests, both before authentication; the form content types only where
 * an operation declares them; the security headers on every response.
 */
public final class BrowserSafety implements Feature {
  private static final int HOST_PRIORITY = Priorities.AUTHENTICATION - 200;
  private static final int CROSS_SITE_PRIORITY = Priorities.AUTHENTICATION - 100;

  private final AllowedHosts hosts;

  public BrowserSafety(AllowedHosts hosts) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new HostFilter(hosts), HOST_PRIORITY);
    context.register(new CrossSiteFilter(), CROSS_SITE_PRIORITY);
    context.register(new FormContentTypes());
    context.register(new SecurityHeadersFilter());
    return true;
  }
}
