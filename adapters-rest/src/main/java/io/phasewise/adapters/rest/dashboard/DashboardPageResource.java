package io.phasewise.adapters.rest.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource: the bundled dashboard page at {@code /} and {@code /dashboard}, one static HTML file whose
 * script and styles are inline and allowed by hash in its Content-Security-Policy, so nothing else runs.
 */
@Hidden
@Path("/")
public final class DashboardPageResource {
  /** The page on the classpath, beside this class. */
  static final String PAGE = "index.html";
  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name());
  private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  private final byte[] page;
  private final EntityTag etag;
  private final String policy;

  public DashboardPageResource() {
    page = read();
    String html = new String(page, StandardCharsets.UTF_8);
    etag = new EntityTag(HexFormat.of().formatHex(sha256(page), 0, 12));
    policy = "default-src 'none'; script-src " + hashes(SCRIPT, html) + "; style-src " + hashes(STYLE, html)
        + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response root(@Context Request request) {
    return page(request);
  }

  @GET
  @Path("dashboard")
  @Produces(MediaType.TEXT_HTML)
  public Response dashboard(@Context Request request) {
    return page(request);
  }

  private Response page(Request request) {
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(page, HTML);
    return answer.tag(etag).cacheControl(revalidate)
        .header("Content-Security-Policy", policy)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  /** The CSP source list allowing exactly the inline blocks {@code block} finds: their SHA-256 hashes, or 'none'. */
  private static String hashes(Pattern block, String html) {
    StringBuilder sources = new StringBuilder();
    Matcher m = block.matcher(html);
    while (m.find()) {
      if (sources.length() > 0) sources.append(' ');
      sources.append("'sha256-")
          .append(Base64.getEncoder().encodeToString(sha256(m.group(1).getBytes(StandardCharsets.UTF_8)))).append('\'');
    }
    return sources.length() == 0 ? "'none'" : sources.toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] read() {
    try (InputStream in = DashboardPageResource.class.getResourceAsStream(PAGE)) {
      if (in == null) throw new IllegalStateException("the dashboard page is missing from the classpath: " + PAGE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard page " + PAGE, e);
    }
  }
}
