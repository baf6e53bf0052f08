package io.phasewise.adapters.rest.problem;

import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * A domain value refused a field of the request: 400 with the domain's reason as the detail. The
 * reason already names the field; the problem lists no field errors, as it always has for these.
 */
final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(InvalidInputException exception) {
    return Problems.of(new Failure.InvalidInput(exception.problem(), List.of()), request);
  }
}
