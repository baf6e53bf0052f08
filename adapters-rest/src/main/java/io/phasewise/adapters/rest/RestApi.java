package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.account.ApiTokenResource;
import io.phasewise.adapters.rest.account.BearerTokenFilter;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.SignUpResource;
import io.phasewise.adapters.rest.account.UserOnlyFilter;
import io.phasewise.adapters.rest.alert.WebhookResource;
import io.phasewise.adapters.rest.dashboard.DashboardPageResource;
import io.phasewise.adapters.rest.dashboard.DashboardResource;
import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.adapters.rest.health.HealthResource;
import io.phasewise.adapters.rest.indicator.IndicatorCatalogResource;
import io.phasewise.adapters.rest.indicator.IndicatorResource;
import io.phasewise.adapters.rest.market.AssetResource;
import io.phasewise.adapters.rest.market.CandleResource;
import io.phasewise.adapters.rest.market.ImportCandlesResource;
import io.phasewise.adapters.rest.market.ImportRunsResource;
import io.phasewise.adapters.rest.market.LatestCandlesResource;
import io.phasewise.adapters.rest.market.TickResource;
import io.phasewise.adapters.rest.openapi.OpenApiResource;
import io.phasewise.adapters.rest.phase.AssetPhaseRecomputeResource;
import io.phasewise.adapters.rest.phase.AssetPhaseResource;
import io.phasewise.adapters.rest.phase.CurrentPhasesResource;
import io.phasewise.adapters.rest.phase.PhaseTimelineResource;
import io.phasewise.adapters.rest.phase.UniversePhaseRecomputeResource;
import io.phasewise.adapters.rest.pipeline.PipelineRunResource;
import io.phasewise.adapters.rest.sentiment.AssetSentimentResource;
import io.phasewise.adapters.rest.sentiment.SentimentObservationsResource;
import io.phasewise.adapters.rest.sentiment.SentimentSourceResource;
import io.phasewise.adapters.rest.snapshot.AssetRecomputeResource;
import io.phasewise.adapters.rest.snapshot.FeaturesResource;
import io.phasewise.adapters.rest.snapshot.LatestSnapshotsResource;
import io.phasewise.adapters.rest.snapshot.SnapshotHistoryResource;
import io.phasewise.adapters.rest.snapshot.UniverseRecomputeResource;
import io.phasewise.adapters.rest.watchlist.WatchlistResource;
import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.in.FindUserUseCase;
import io.phasewise.application.account.port.in.IssueApiTokenUseCase;
import io.phasewise.application.account.port.in.ListApiTokensUseCase;
import io.phasewise.application.account.port.in.RegisterUserUseCase;
import io.phasewise.application.account.port.in.RevokeApiTokenUseCase;
import io.phasewise.application.account.port.in.UpdateUserSettingsUseCase;
import io.phasewise.application.alert.port.in.ListWebhookDeliveriesUseCase;
import io.phasewise.application.alert.port.in.ManageWebhooksUseCase;
import io.phasewise.application.dashboard.port.in.QueryDashboardUseCase;
import io.phasewise.application.indicator.port.in.QueryIndicatorUseCase;
import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.ImportCandleFileUseCase;
import io.phasewise.application.market.port.in.LatestCandlesUseCase;
import io.phasewise.application.market.port.in.ListAssetsUseCase;
import io.phasewise.application.market.port.in.ListImportRunsUseCase;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.market.port.in.RecordTicksUseCase;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.market.port.in.UpdateAssetUseCase;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.pipeline.port.in.ListPipelineRunsUseCase;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileUseCase;
import io.phasewise.application.sentiment.port.in.ListSentimentSourcesUseCase;
import io.phasewise.application.sentiment.port.in.QuerySentimentUseCase;
import io.phasewise.application.sentiment.port.in.RecordSentimentUseCase;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceUseCase;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import jakarta.ws.rs.Priorities;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
   * Everything the API calls: the market use cases (a candle file import among them) and import log,
   * the analytics use cases, a health probe, a clock.
   */
  public record Dependencies(
      RegisterAssetUseCase registerAsset,
      UpdateAssetUseCase updateAsset,
      FindAssetUseCase findAsset,
      ListAssetsUseCase listAssets,
      DeleteAssetUseCase deleteAsset,
      QueryCandlesUseCase queryCandles,
      LatestCandlesUseCase latestCandles,
      ImportCandleFileUseCase importCandleFile,
      RecordTicksUseCase recordTicks,
      ListImportRunsUseCase importRuns,
      Analytics analytics,
      Sentiment sentiment,
      Accounts accounts,
      Webhooks webhooks,
      Phases phases,
      Pipeline pipeline,
      QueryDashboardUseCase dashboard,
      AuthenticateUseCase authenticate,
      HealthProbe health,
      Clock clock) {

    public Dependencies {
      Objects.requireNonNull(registerAsset, "registerAsset");
      Objects.requireNonNull(updateAsset, "updateAsset");
      Objects.requireNonNull(findAsset, "findAsset");
      Objects.requireNonNull(listAssets, "listAssets");
      Objects.requireNonNull(deleteAsset, "deleteAsset");
      Objects.requireNonNull(queryCandles, "queryCandles");
      Objects.requireNonNull(latestCandles, "latestCandles");
      Objects.requireNonNull(importCandleFile, "importCandleFile");
      Objects.requireNonNull(recordTicks, "recordTicks");
      Objects.requireNonNull(importRuns, "importRuns");
      Objects.requireNonNull(analytics, "analytics");
      Objects.requireNonNull(sentiment, "sentiment");
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(webhooks, "webhooks");
      Objects.requireNonNull(phases, "phases");
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(dashboard, "dashboard");
      Objects.requireNonNull(authenticate, "authenticate");
      Objects.requireNonNull(health, "health");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /** The analytics use cases: indicators by name, and the snapshots of every bar, recomputed and read. */
  public record Analytics(
      QueryIndicatorUseCase indicators,
      RecomputeSnapshotsUseCase recompute,
      QuerySnapshotsUseCase snapshots) {

    public Analytics {
      Objects.requireNonNull(indicators, "indicators");
      Objects.requireNonNull(recompute, "recompute");
      Objects.requireNonNull(snapshots, "snapshots");
    }
  }

  /** The sentiment use cases: sources, recording and importing observations, the meter and observations of an asset. */
  public record Sentiment(
      RegisterSentimentSourceUseCase registerSource,
      ListSentimentSourcesUseCase listSources,
      RecordSentimentUseCase record,
      ImportSentimentFileUseCase importFile,
      QuerySentimentUseCase query) {

    public Sentiment {
      Objects.requireNonNull(registerSource, "registerSource");
      Objects.requireNonNull(listSources, "listSources");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(importFile, "importFile");
      Objects.requireNonNull(query, "query");
    }
  }

  /** The use cases of users' own data: sign-up, the account, API tokens and the watchlist. */
  public record Accounts(
      RegisterUserUseCase register,
      FindUserUseCase findUser,
      UpdateUserSettingsUseCase updateSettings,
      IssueApiTokenUseCase issueToken,
      ListApiTokensUseCase listTokens,
      RevokeApiTokenUseCase revokeToken,
      ManageWatchlistUseCase watchlist) {

    public Accounts {
      Objects.requireNonNull(register, "register");
      Objects.requireNonNull(findUser, "findUser");
      Objects.requireNonNull(updateSettings, "updateSettings");
      Objects.requireNonNull(issueToken, "issueToken");
      Objects.requireNonNull(listTokens, "listTokens");
      Objects.requireNonNull(revokeToken, "revokeToken");
      Objects.requireNonNull(watchlist, "watchlist");
    }
  }

  /** The webhook use cases: the caller's subscriptions and each one's delivery log. */
  public record Webhooks(ManageWebhooksUseCase manage, ListWebhookDeliveriesUseCase deliveries) {
    public Webhooks {
      Objects.requireNonNull(manage, "manage");
      Objects.requireNonNull(deliveries, "deliveries");
    }
  }

  /** The phase use cases: current phases and timelines read, phases recomputed and recorded. */
  public record Phases(QueryPhasesUseCase query, RecomputePhasesUseCase recompute) {

    public Phases {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(recompute, "recompute");
    }
  }

  /** The pipeline use cases: a run now, and the log of runs. */
  public record Pipeline(RunPipelineUseCase run, ListPipelineRunsUseCase runs) {

    public Pipeline {
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(runs, "runs");
    }
  }

  /**
   * Every resource, built by hand on {@code deps}, with JSON, validation, multipart, problem+json
   * error mapping and the OpenAPI document. Classpath scanning and auto-discovery are off, so the
   * API is exactly what is registered here.
   */
  public static ResourceConfig resourceConfig(Dependencies deps) {
    List<Object> resources = List.of(
        new HealthResource(deps.health()),
        new AssetResource(deps.registerAsset(), deps.updateAsset(), deps.findAsset(), deps.listAssets(), deps.deleteAsset()),
        new CandleResource(deps.queryCandles(), deps.clock()),
        new ImportCandlesResource(deps.importCandleFile()),
        new ImportRunsResource(deps.importRuns()),
        new LatestCandlesResource(deps.latestCandles()),
        new TickResource(deps.recordTicks()),
        new IndicatorCatalogResource(deps.analytics().indicators()),
        new IndicatorResource(deps.analytics().indicators(), deps.clock()),
        new SnapshotHistoryResource(deps.analytics().snapshots(), deps.clock()),
        new LatestSnapshotsResource(deps.analytics().snapshots()),
        new FeaturesResource(deps.analytics().snapshots(), deps.clock()),
        new AssetRecomputeResource(deps.analytics().recompute()),
        new UniverseRecomputeResource(deps.analytics().recompute()),
        new SentimentSourceResource(deps.sentiment().registerSource(), deps.sentiment().listSources()),
        new SentimentObservationsResource(deps.sentiment().record(), deps.sentiment().importFile()),
        new AssetSentimentResource(deps.sentiment().query()),
        new SignUpResource(deps.accounts().register()),
        new MeResource(deps.accounts().findUser(), deps.accounts().updateSettings()),
        new ApiTokenResource(deps.accounts().issueToken(), deps.accounts().listTokens(), deps.accounts().revokeToken()),
        new WatchlistResource(deps.accounts().watchlist()),
        new WebhookResource(deps.webhooks().manage(), deps.webhooks().deliveries()),
        new AssetPhaseResource(deps.phases().query()),
        new PhaseTimelineResource(deps.phases().query(), deps.clock()),
        new CurrentPhasesResource(deps.phases().query()),
        new AssetPhaseRecomputeResource(deps.phases().recompute()),
        new UniversePhaseRecomputeResource(deps.phases().recompute()),
        new PipelineRunResource(deps.pipeline().run(), deps.pipeline().runs()),
        new DashboardResource(deps.dashboard()),
        new DashboardPageResource());
    Set<Class<?>> documented = new LinkedHashSet<>();
    resources.forEach(resource -> documented.add(resource.getClass()));

    ResourceConfig config = new ResourceConfig()
        .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
        .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .register(new ApiConventions())
        .register(MultiPartFeature.class)
        .register(new BearerTokenFilter(deps.authenticate()), Priorities.AUTHENTICATION)
        .register(new UserOnlyFilter(), Priorities.AUTHORIZATION);
    resources.forEach(config::register);
    return config.register(OpenApiResource.documenting(documented));
  }
}
