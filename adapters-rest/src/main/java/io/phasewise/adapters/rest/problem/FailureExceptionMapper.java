package io.phasewise.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Turns a use case's failure into its problem response. */
final class FailureExceptionMapper implements ExceptionMapper<FailureException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(FailureException exception) {
    return Problems.of(exception.failure(), request);
  }
}
