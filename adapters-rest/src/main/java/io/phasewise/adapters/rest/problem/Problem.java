package io.phasewise.adapters.rest.problem;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * RFC 9457 problem details: the body of every error response, with the fields of the request that
 * were wrong.
 *
 * @param type URI naming the kind of problem ({@code about:blank} for a plain HTTP status)
 * @param instance the request path that failed
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance,
    List<FieldProblem> errors) {

  /** One request field (a body property path, or a query or path parameter) and what is wrong with it. */
  @Schema(name = "FieldProblem")
  public record FieldProblem(String field, String problem) {}
}
