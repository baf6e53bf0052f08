package io.phasewise.adapters.rest.pipeline;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.port.in.ListPipelineRunsUseCase;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Resource: the analysis pipeline (new bars' snapshots, phases, webhooks) run on demand, and the log of
 * its runs, scheduled or not, newest first.
 */
@Path("/api/pipeline/runs")
@Tag(name = "pipeline")
@Produces(MediaType.APPLICATION_JSON)
public final class PipelineRunResource {
  private final RunPipelineUseCase run;
  private final ListPipelineRunsUseCase runs;

  public PipelineRunResource(RunPipelineUseCase run, ListPipelineRunsUseCase runs) {
    this.run = run;
    this.runs = runs;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Operation(summary = "Run the pipeline now over every analysed asset; answers when the run is recorded",
      description = "Snapshots of new bars, then phases (with each bar's sentiment meter), then a webhook round. "
          + "One asset's failure fails that asset only. 409 while another run is in progress.",
      responses = {
          @ApiResponse(responseCode = "201", description = "the run, recorded; Location names it",
              content = @Content(schema = @Schema(implementation = PipelineRunJson.class))),
          @ApiResponse(responseCode = "409", description = "a run is already in progress")})
  public Response runNow(@BeanParam IntervalParams params, @Context UriInfo uri) {
    PipelineRun done = run.run(PipelineTrigger.ON_DEMAND, params.interval()).getOrElseThrow(FailureException::new);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(done.id())).build())
        .entity(PipelineRunJson.of(done))
        .build();
  }

  @GET
  @Operation(summary = "Recorded pipeline runs, newest first")
  public PageResponse<PipelineRunJson> list(
      @QueryParam("offset") @DefaultValue("0") @PositiveOrZero long offset,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    return PageResponse.of(runs.runs(new PageRequest(offset, limit)), PipelineRunJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One recorded pipeline run")
  public PipelineRunJson get(@PathParam("id") @Positive long id) {
    return PipelineRunJson.of(runs.run(id).getOrElseThrow(FailureException::new));
  }
}
