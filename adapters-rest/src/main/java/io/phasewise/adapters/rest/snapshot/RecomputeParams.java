package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.adapters.rest.param.Params;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** How a snapshot recompute runs: at which interval, and whether it rebuilds every bar. Fields are public for OpenAPI. */
final class RecomputeParams extends IntervalParams {
  @QueryParam("rebuild")
  @DefaultValue("false")
  @Parameter(description = "drop the stored snapshots and compute every bar again; default: only bars without snapshots")
  public String rebuild;

  boolean rebuild() {
    return Params.bool("rebuild", rebuild);
  }
}
