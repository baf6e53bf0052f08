package io.phasewise.adapters.rest.openapi;

import io.phasewise.adapters.rest.shared.StaticFile;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Resource: the API explorer at {@code /api/docs/}, Swagger UI from its WebJar (no CDN) on the OpenAPI
 * document. The page runs only scripts and styles of this server, so its initializer is a file, not inline.
 */
@Hidden
@Path("/api/docs")
public final class ApiExplorerResource {
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + ApiProperties.get("swagger-ui.version") + "/";
  private static final String OWN = "/io/phasewise/adapters/rest/openapi/";

  private final StaticFile page = StaticFile.required(OWN + "explorer.html", StaticFile.HTML);
  private final Map<String, StaticFile> files = Map.of(
      "explorer.js", StaticFile.required(OWN + "explorer.js", StaticFile.JAVASCRIPT),
      "swagger-ui-bundle.js", StaticFile.required(WEBJAR + "swagger-ui-bundle.js", StaticFile.JAVASCRIPT),
      "swagger-ui.css", StaticFile.required(WEBJAR + "swagger-ui.css", StaticFile.CSS),
      "favicon-32x32.png", StaticFile.required(WEBJAR + "favicon-32x32.png", StaticFile.PNG));

  /** The page, at {@code /api/docs} and {@code /api/docs/}. */
  @GET
  public Response page(@Context Request request) {
    // Swagger UI fetches the document and sends "Try it out" requests to this origin only; its icons are data: URIs
    return page.page(request);
  }

  /** One of the page's scripts, styles or icon; anything else is a 404. */
  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String name, @Context Request request) {
    StaticFile file = files.get(name);
    if (file == null) throw new NotFoundException("the API explorer has no file " + name);
    return file.respond(request, StaticFile.REVALIDATE).build();
  }
}
