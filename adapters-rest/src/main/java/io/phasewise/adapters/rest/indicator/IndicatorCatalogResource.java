package io.phasewise.adapters.rest.indicator;

import io.phasewise.application.indicator.port.in.QueryIndicatorUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Resource: the indicators that can be computed by name, with their parameters and outputs. */
@Path("/api/indicators")
@Tag(name = "indicators")
public final class IndicatorCatalogResource {
  private final QueryIndicatorUseCase indicators;

  public IndicatorCatalogResource(QueryIndicatorUseCase indicators) {
    this.indicators = indicators;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every indicator, by name")
  public List<IndicatorDescriptionJson> catalog() {
    return indicators.catalog().stream().map(IndicatorDescriptionJson::of).toList();
  }
}
