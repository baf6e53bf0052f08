package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.market.port.in.ListImportRunsUseCase;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Resource: the recent candle imports of an asset, newest first, for operators checking what was loaded. */
@Path("/api/assets/{id}/imports")
@Tag(name = "candles")
public final class ImportRunsResource {
  private final ListImportRunsUseCase runs;

  public ImportRunsResource(ListImportRunsUseCase runs) {
    this.runs = runs;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Recent candle imports of an asset, newest first")
  public List<ImportRunJson> recent(@PathParam("id") @Positive long id,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    return runs.recent(AssetId.of(id), limit).getOrElseThrow(FailureException::new).stream().map(ImportRunJson::of).toList();
  }
}
