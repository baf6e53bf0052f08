package io.phasewise.adapters.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;

/** Bean Validation violations of parameters and bodies: 400 naming each field as the client wrote it. */
final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    FieldErrors errors = new FieldErrors();
    exception.getConstraintViolations().stream()
        .sorted(Comparator.comparing(ConstraintViolationMapper::field).thenComparing(ConstraintViolation::getMessage))
        .forEach(v -> errors.add(field(v), v.getMessage()));
    return Problems.of(errors.failure(), request);
  }

  /**
   * The client's name for the violating value: a query or path parameter's own name, or the path
   * inside a body or bean parameter ({@code supply.max}, {@code [2].price}), skipping the Java method.
   */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
        if (node.isInIterable()) field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
        if (kind == ElementKind.PROPERTY) field.append(field.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    if (field.length() > 0) return field.toString();
    return parameter != null ? parameter : "request";
  }
}
