package io.phasewise.adapters.rest.dashboard;

import io.phasewise.adapters.rest.shared.StaticFile;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * Resource: the bundled dashboard page at {@code /} (and {@code /dashboard}, through {@link DashboardFilesResource}): markup only, its styles and
 * scripts are files of this server ({@link DashboardFilesResource}), so the policy allows 'self' and nothing inline.
 */
@Hidden
@Path("/")
public final class DashboardPageResource {
  /** The page on the classpath; {@value #VERSION_SLOT} in it becomes the bundled chart library's version. */
  static final String PAGE = "/io/phasewise/adapters/rest/dashboard/index.html";
  static final String VERSION_SLOT = "@echarts.version@";

  private final StaticFile page;

  public DashboardPageResource() {
    String html = StaticFile.required(PAGE, StaticFile.HTML).text();
    page = new StaticFile(html.replace(VERSION_SLOT, ChartLibrary.VERSION).getBytes(StandardCharsets.UTF_8),
        StaticFile.HTML);
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response page(@Context Request request) {
    return page.page(request);
  }
}
