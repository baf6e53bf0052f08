package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.account.AccountResources;
import io.phasewise.adapters.rest.account.BearerTokenFilter;
import io.phasewise.adapters.rest.account.ProtectedOperations;
import io.phasewise.adapters.rest.alert.WebhookResource;
import io.phasewise.adapters.rest.browser.AllowedHosts;
import io.phasewise.adapters.rest.browser.BrowserSafety;
import io.phasewise.adapters.rest.dashboard.DashboardResources;
import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.adapters.rest.health.HealthResource;
import io.phasewise.adapters.rest.indicator.IndicatorResources;
import io.phasewise.adapters.rest.limit.BodyLimits;
import io.phasewise.adapters.rest.limit.BodySizeFilter;
import io.phasewise.adapters.rest.market.MarketResources;
import io.phasewise.adapters.rest.openapi.ApiExplorerResource;
import io.phasewise.adapters.rest.openapi.OpenApiResource;
import io.phasewise.adapters.rest.phase.PhaseResources;
import io.phasewise.adapters.rest.pipeline.PipelineRunResource;
import io.phasewise.adapters.rest.portfolio.PortfolioResources;
import io.phasewise.adapters.rest.sentiment.SentimentResources;
import io.phasewise.adapters.rest.snapshot.SnapshotResources;
import io.phasewise.adapters.rest.watchlist.WatchlistResource;
import io.phasewise.application.UseCases;
import jakarta.ws.rs.Priorities;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Entry point of the HTTP adapter: the whole API under {@code /api} as one Jersey
 * {@link ResourceConfig}, ready for {@code GrizzlyHttpServerFactory.createHttpServer(uri, config)}
 * or for any Jersey runtime an embedding application already has.
 */
public final class RestApi {
  private RestApi() {}

  /**
   * Every resource, each context's built on its use cases, with JSON, validation, multipart,
   * problem+json error mapping, browser safety (allowed hosts, no cross-site writes, security headers), the
   * OpenAPI document and its explorer (Swagger UI). Classpath scanning and auto-discovery are off, so the API
   * is exactly what is registered here; a new context adds its resources' line.
   *
   * @param health the components the health resource reports
   * @param clock "now" for the default time ranges
   * @param hosts the {@code Host} names the API answers to; every other is refused before anything runs
   */
  public static ResourceConfig resourceConfig(UseCases useCases, HealthProbe health, Clock clock, AllowedHosts hosts) {
    return resourceConfig(useCases, health, clock, hosts, BodyLimits.defaults());
  }

  /** The API of {@link #resourceConfig(UseCases, HealthProbe, Clock, AllowedHosts)} refusing bodies beyond {@code bodies} (413). */
  public static ResourceConfig resourceConfig(UseCases useCases, HealthProbe health, Clock clock, AllowedHosts hosts,
      BodyLimits bodies) {
    List<Object> resources = new ArrayList<>();
    resources.add(new HealthResource(health));
    resources.addAll(MarketResources.of(useCases.market(), clock));
    resources.addAll(IndicatorResources.of(useCases.indicators(), clock));
    resources.addAll(SnapshotResources.of(useCases.snapshots(), clock));
    resources.addAll(SentimentResources.of(useCases.sentiment()));
    resources.addAll(AccountResources.of(useCases.accounts()));
    resources.add(new WatchlistResource(useCases.watchlists().manage()));
    resources.add(new WebhookResource(useCases.alerts().manage(), useCases.alerts().deliveries()));
    resources.addAll(PhaseResources.of(useCases.phases(), clock));
    resources.add(new PipelineRunResource(useCases.pipeline().run(), useCases.pipeline().runs()));
    resources.addAll(DashboardResources.of(useCases.dashboard()));
    resources.addAll(PortfolioResources.of(useCases.portfolios()));
    Set<Class<?>> documented = new LinkedHashSet<>();
    resources.forEach(resource -> documented.add(resource.getClass()));

    ResourceConfig config = new ResourceConfig()
        .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
        .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .register(new BrowserSafety(hosts))
        .register(new ApiConventions())
        .register(new BodySizeFilter(bodies))
        .register(MultiPartFeature.class)
        .register(new BearerTokenFilter(useCases.accounts().authenticate()), Priorities.AUTHENTICATION)
        .register(new ProtectedOperations());
    resources.forEach(config::register);
    return config.register(OpenApiResource.documenting(documented)).register(new ApiExplorerResource());
  }
}
