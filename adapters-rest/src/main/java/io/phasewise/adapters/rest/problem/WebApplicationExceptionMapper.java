package io.phasewise.adapters.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * HTTP-level refusals raised by the runtime (unknown route, method not allowed, unsupported media
 * type) as problems with the same status, keeping headers such as {@code Allow}.
 */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String detail = status.getStatusCode() == 404
        ? "no resource at " + request.getRequestUri().getRawPath()
        : exception.getMessage();
    Response.ResponseBuilder problem = Response.fromResponse(Problems.ofStatus(status, detail, request));
    original.getStringHeaders().forEach((name, values) -> {
      if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) values.forEach(value -> problem.header(name, value));
    });
    return problem.build();
  }
}
