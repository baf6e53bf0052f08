package io.phasewise.adapters.rest.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** Resource: serves the OpenAPI 3 document of the API at /api/openapi.json and /api/openapi.yaml. */
@Path("/api/openapi.{type:json|yaml}")
@Hidden
public final class OpenApiResource {
  private static final String YAML = "application/yaml";

  private final String json;
  private final String yaml;

  /** Serves {@code document}; build it with {@link #documenting} so a broken annotation fails at start-up. */
  public OpenApiResource(OpenAPI document) {
    this.json = Json.pretty(document);
    this.yaml = Yaml.pretty(document);
  }

  /** The resource serving the document of {@code resources}. */
  public static OpenApiResource documenting(Set<Class<?>> resources) {
    return new OpenApiResource(OpenApiDocument.of(resources));
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, YAML})
  public Response document(@PathParam("type") String type) {
    return "yaml".equals(type)
        ? Response.ok(yaml, YAML + ";charset=UTF-8").build()
        : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }
}
