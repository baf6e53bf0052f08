package io.phasewise.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else is a bug: logged with its stack trace, answered with a 500 problem that reveals nothing. */
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Context
  private UriInfo request;

  @Context
  private Request method;

  @Override
  public Response toResponse(Throwable exception) {
    LOG.error("unexpected error on {} {}", method.getMethod(), request.getRequestUri().getRawPath(), exception);
    return Problems.ofStatus(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged",
        request);
  }
}
