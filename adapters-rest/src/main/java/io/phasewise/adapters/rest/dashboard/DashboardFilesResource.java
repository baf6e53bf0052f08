package io.phasewise.adapters.rest.dashboard;

import io.phasewise.adapters.rest.shared.StaticFile;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resource: everything under {@code /dashboard}: the page itself, the dashboard's own styles and script modules
 * under {@code /dashboard/static/}, revalidated by ETag, and the chart library under a versioned address, cached
 * for a year. (One class: JAX-RS would send every {@code /dashboard...} request to the class matching most of it.)
 */
@Hidden
@Path("/dashboard")
public final class DashboardFilesResource {
  private static final String FOLDER = "/io/phasewise/adapters/rest/dashboard/static/";
  private static final String FOREVER = "public, max-age=31536000, immutable";

  /** Files found so far; a missing name is not remembered, so requests cannot grow the map. */
  private final Map<String, StaticFile> files = new ConcurrentHashMap<>();
  private final DashboardPageResource page;
  private final StaticFile chartLibrary = StaticFile.classpath(ChartLibrary.SCRIPT, StaticFile.JAVASCRIPT)
      .orElseThrow(() -> new IllegalStateException("the ECharts WebJar has no " + ChartLibrary.SCRIPT));

  public DashboardFilesResource(DashboardPageResource page) {
    this.page = page;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response page(@Context Request request) {
    return page.page(request);
  }

  /** A file of the dashboard's folder; the name pattern keeps requests inside it. */
  @GET
  @Path("static/{name: [a-z0-9-]+\\.(js|css)}")
  public Response file(@PathParam("name") String name, @Context Request request) {
    StaticFile file = files.computeIfAbsent(name, DashboardFilesResource::load);
    if (file == null) throw new NotFoundException();
    return file.respond(request, StaticFile.REVALIDATE).build();
  }

  /** The bundled ECharts build; any other version is a 404, so a cached copy never goes stale. */
  @GET
  @Path("vendor/echarts/{version}/echarts.min.js")
  public Response chartLibrary(@PathParam("version") String version, @Context Request request) {
    if (!version.equals(ChartLibrary.VERSION)) throw new NotFoundException();
    return chartLibrary.respond(request, FOREVER).build();
  }

  private static StaticFile load(String name) {
    return StaticFile.classpath(FOLDER + name, name.endsWith(".css") ? StaticFile.CSS : StaticFile.JAVASCRIPT)
        .orElse(null);
  }
}
