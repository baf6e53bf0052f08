package io.phasewise.adapters.rest.problem;

import io.phasewise.domain.shared.Failure;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** A domain value refused its arguments (a broken invariant in the request): 400 with the domain's reason. */
final class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(IllegalArgumentException exception) {
    String message = exception.getMessage() != null ? exception.getMessage() : "invalid request";
    return Problems.of(new Failure.InvalidInput(message, List.of()), request);
  }
}
