package io.phasewise.adapters.rest.problem;

import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * A domain value refused a field of the request: 400 with the domain's reason as the detail, and the
 * field named in the problem's errors.
 */
final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(InvalidInputException exception) {
    return Problems.of(new Failure.InvalidInput(exception.problem(),
        List.of(new Failure.FieldError(exception.field(), exception.problem()))), request);
  }
}
