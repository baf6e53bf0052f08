package io.phasewise.adapters.rest.limit;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A request body refused while it arrives: too large (413) or too slow (408); nothing of it is stored. */
public final class BodyRefusedException extends WebApplicationException {
  BodyRefusedException(Response.Status status, String detail) {
    super(detail, status);
  }
}
