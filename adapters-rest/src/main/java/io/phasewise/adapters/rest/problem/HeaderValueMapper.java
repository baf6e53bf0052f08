package io.phasewise.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.message.internal.HeaderValueException;

/**
 * A request header Jersey could not read (two {@code Content-Type} values, a malformed media type):
 * the client's mistake, so 400 with Jersey's description of it. A header of our own response that
 * cannot be written is still a bug for {@link UnexpectedExceptionMapper}.
 */
final class HeaderValueMapper implements ExceptionMapper<HeaderValueException> {
  @Context
  private UriInfo request;

  private final UnexpectedExceptionMapper unexpected;

  HeaderValueMapper(UnexpectedExceptionMapper unexpected) {
    this.unexpected = unexpected;
  }

  @Override
  public Response toResponse(HeaderValueException exception) {
    if (exception.getContext() != HeaderValueException.Context.INBOUND) return unexpected.toResponse(exception);
    return Problems.ofStatus(Response.Status.BAD_REQUEST, "a request header cannot be read: " + exception.getMessage(), request);
  }
}
