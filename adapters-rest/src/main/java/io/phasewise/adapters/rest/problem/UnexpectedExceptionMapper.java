package io.phasewise.adapters.rest.problem;

import io.phasewise.adapters.rest.limit.BodyRefusedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request body refused while a reader consumed it (and wrapped the refusal) keeps its status; anything else is a bug: logged with its stack trace, answered with a 500 problem that reveals nothing. */
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Context
  private UriInfo request;

  @Context
  private Request method;

  private final WebApplicationExceptionMapper refusedBody;

  UnexpectedExceptionMapper(WebApplicationExceptionMapper refusedBody) {
    this.refusedBody = refusedBody;
  }

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyRefusedException refused) return refusedBody.toResponse(refused);
    }
    LOG.error("unexpected error on {} {}", method.getMethod(), request.getRequestUri().getRawPath(), exception);
    return Problems.ofStatus(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged",
        request);
  }
}
