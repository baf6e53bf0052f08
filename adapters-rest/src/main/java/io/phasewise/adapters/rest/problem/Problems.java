package io.phasewise.adapters.rest.problem;

import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.domain.shared.Failure;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses: the one place that decides the status and type of every {@link Failure}. */
public final class Problems {
  private static final String TYPE_PREFIX = "urn:phasewise:problem:";

  private Problems() {}

  static Response of(Failure failure, UriInfo request) {
    return respond(describe(failure, path(request)));
  }

  /** The problem details of {@code failure}, also for a failure reported inside a successful response. */
  public static Problem describe(Failure failure, String instance) {
    List<Problem.FieldProblem> errors = failure instanceof Failure.InvalidInput invalid
        ? invalid.errors().stream().map(e -> new Problem.FieldProblem(e.field(), e.problem())).toList()
        : List.of();
    Kind kind = Kind.of(failure);
    return new Problem(TYPE_PREFIX + kind.slug, kind.title, kind.status.getStatusCode(), failure.message(), instance, errors);
  }

  /** A problem that is only an HTTP status (unknown route, method not allowed, internal error). */
  static Response ofStatus(StatusType status, String detail, UriInfo request) {
    return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, path(request),
        List.of()));
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(ApiMediaTypes.PROBLEM_JSON).entity(problem).build();
  }

  private static String path(UriInfo request) {
    return request.getRequestUri().getRawPath();
  }

  private enum Kind {
    INVALID_INPUT("invalid-input", "Invalid input", Status.BAD_REQUEST),
    NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
    CONFLICT("conflict", "Conflict", Status.CONFLICT),
    FORBIDDEN("forbidden", "Forbidden", Status.FORBIDDEN),
    UNAVAILABLE("unavailable", "Service unavailable", Status.SERVICE_UNAVAILABLE);

    final String slug;
    final String title;
    final Status status;

    Kind(String slug, String title, Status status) {
      this.slug = slug;
      this.title = title;
      this.status = status;
    }

    static Kind of(Failure failure) {
      if (failure instanceof Failure.InvalidInput) return INVALID_INPUT;
      if (failure instanceof Failure.NotFound) return NOT_FOUND;
      if (failure instanceof Failure.Conflict) return CONFLICT;
      if (failure instanceof Failure.Forbidden) return FORBIDDEN;
      if (failure instanceof Failure.Unavailable) return UNAVAILABLE;
      throw new IllegalStateException("unmapped failure " + failure.getClass());
    }
  }
}
