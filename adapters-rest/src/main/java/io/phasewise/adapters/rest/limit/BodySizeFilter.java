package io.phasewise.adapters.rest.limit;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Refuses a body larger than its {@link BodyLimits} with a 413 before reading it when the
 * Content-Length says so, and otherwise counts its bytes as they are read (chunked bodies).
 */
@PreMatching
@Priority(100)
public final class BodySizeFilter implements ContainerRequestFilter {
  private final BodyLimits limits;

  public BodySizeFilter(BodyLimits limits) {
    this.limits = limits;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = isUpload(request.getMediaType()) ? limits.uploadBytes() : limits.jsonBytes();
    if (request.getLength() > limit) throw tooLarge(limit);
    if (request.hasEntity()) {
      long deadline = System.nanoTime() + limits.deadline().toNanos();
      request.setEntityStream(new CappedBody(request.getEntityStream(), limit, deadline));
    }
  }

  /** Uploads are files: text such as CSV, JSON lines, multipart forms and raw bytes; everything else is a small document. */
  private static boolean isUpload(MediaType type) {
    if (type == null) return false;
    String kind = type.getType().toLowerCase(Locale.ROOT);
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    return kind.equals("multipart") || kind.equals("text") || subtype.endsWith("ndjson") || subtype.equals("octet-stream");
  }

  static BodyRefusedException tooLarge(long limit) {
    return new BodyRefusedException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "the request body is larger than the limit of " + limit + " bytes for its media type; nothing was stored");
  }
}
