package io.phasewise.adapters.rest.dashboard;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.application.dashboard.port.in.QueryDashboardUseCase;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;

/** Resource: the caller's dashboard cards (current phase + latest snapshot of each watched asset) in one read. */
@Path("/api/me/dashboard")
@Tag(name = "dashboard")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MeResource.BEARER)
public final class DashboardResource {
  private final QueryDashboardUseCase dashboard;

  public DashboardResource(QueryDashboardUseCase dashboard) {
    this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
  }

  @GET
  @Operation(summary = "A card per asset of the caller's watchlist, in display order: the asset, its phase badge and latest bar",
      description = "phase and snapshot are null for an asset not computed yet at this interval. Read in a fixed number "
          + "of queries whatever the watchlist's length; the reasons, the timeline and the sentiment meter are read per "
          + "asset at /api/assets/{id}/phase, /phases and /sentiment.")
  public DashboardJson cards(@BeanParam IntervalParams params, @Context SecurityContext security) {
    UserId user = CurrentUser.require(security);
    Interval interval = params.interval();
    return DashboardJson.of(dashboard.cards(user, interval));
  }
}
