package io.phasewise.adapters.rest.health;

import io.phasewise.adapters.rest.health.HealthProbe.ComponentHealth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resource: whether the service and the components it depends on are up, for load balancers and operators. */
@Path("/api/health")
@Tag(name = "health")
public final class HealthResource {
  private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

  private final HealthProbe probe;

  public HealthResource(HealthProbe probe) {
    this.probe = probe;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Health of the service and its components", responses = {
      @ApiResponse(responseCode = "200", description = "every component is up",
          content = @Content(schema = @Schema(implementation = HealthJson.class))),
      @ApiResponse(responseCode = "503", description = "a component is down",
          content = @Content(schema = @Schema(implementation = HealthJson.class)))})
  public Response health() {
    HealthJson health = HealthJson.of(check());
    return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(health).build();
  }

  private Map<String, ComponentHealth> check() {
    try {
      return probe.check();
    } catch (RuntimeException failed) {
      LOG.warn("health probe failed", failed);
      return Map.of("probe", ComponentHealth.down("the health probe failed: " + failed.getMessage()));
    }
  }
}
