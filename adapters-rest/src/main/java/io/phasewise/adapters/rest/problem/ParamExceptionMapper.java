package io.phasewise.adapters.rest.problem;

import io.phasewise.domain.shared.Failure;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;

/**
 * A query or path parameter Jersey could not convert (a non-numeric id or limit): 400 naming it,
 * where Jersey's default would be a bare 404.
 */
final class ParamExceptionMapper implements ExceptionMapper<ParamException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(ParamException exception) {
    Throwable cause = exception.getCause();
    String problem = cause instanceof NumberFormatException ? "must be a whole number"
        : "has an invalid value" + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : "");
    return Problems.of(Failure.InvalidInput.of(exception.getParameterName(), problem), request);
  }
}
