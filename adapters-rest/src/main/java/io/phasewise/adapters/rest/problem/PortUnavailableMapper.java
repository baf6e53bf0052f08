package io.phasewise.adapters.rest.problem;

import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.domain.shared.Failure;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A database or provider behind a port is down: 503, logged with its cause. */
final class PortUnavailableMapper implements ExceptionMapper<PortUnavailableException> {
  private static final Logger LOG = LoggerFactory.getLogger(PortUnavailableMapper.class);

  @Context
  private UriInfo request;

  @Override
  public Response toResponse(PortUnavailableException exception) {
    LOG.warn("{} failed: {}", request.getRequestUri().getRawPath(), exception.getMessage(), exception);
    return Problems.of(new Failure.Unavailable(exception.getMessage()), request);
  }
}
