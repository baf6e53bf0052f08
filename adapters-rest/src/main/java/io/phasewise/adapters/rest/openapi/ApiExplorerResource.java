package io.phasewise.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Resource: the API explorer at {@code /api/docs/}, Swagger UI from its WebJar (no CDN) on the OpenAPI
 * document. The page runs only scripts and styles of this server, so its initializer is a file, not inline.
 */
@Hidden
@Path("/api/docs")
public final class ApiExplorerResource {
  /** Swagger UI fetches the document and sends "Try it out" requests to this origin only; its icons are data: URIs. */
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + ApiProperties.get("swagger-ui.version") + "/";
  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8.name());

  private final StaticFile page = StaticFile.of("explorer.html", MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()));
  private final Map<String, StaticFile> files = Map.of(
      "explorer.js", StaticFile.of("explorer.js", JAVASCRIPT),
      "swagger-ui-bundle.js", StaticFile.of(WEBJAR + "swagger-ui-bundle.js", JAVASCRIPT),
      "swagger-ui.css", StaticFile.of(WEBJAR + "swagger-ui.css", new MediaType("text", "css", StandardCharsets.UTF_8.name())),
      "favicon-32x32.png", StaticFile.of(WEBJAR + "favicon-32x32.png", new MediaType("image", "png")));

  /** The page, at {@code /api/docs} and {@code /api/docs/}. */
  @GET
  public Response page() {
    return serve(page).header("Content-Security-Policy", POLICY).header("Referrer-Policy", "no-referrer").build();
  }

  /** One of the page's scripts, styles or icon; anything else is a 404. */
  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String name) {
    StaticFile file = files.get(name);
    if (file == null) throw new NotFoundException("the API explorer has no file " + name);
    return serve(file).build();
  }

  private static Response.ResponseBuilder serve(StaticFile file) {
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    return Response.ok(file.bytes(), file.type()).cacheControl(revalidate).header("X-Content-Type-Options", "nosniff");
  }
}
