package io.phasewise.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.phasewise.adapters.rest.shared.InputHygieneModule;
import io.phasewise.domain.shared.Failure;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * A request body that is not valid JSON or does not fit its type (unknown property, wrong type):
 * 400 naming the property path, in words rather than Java class names.
 */
final class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {
  @Context
  private UriInfo request;

  @Override
  public Response toResponse(JsonProcessingException exception) {
    Failure.InvalidInput invalid = exception instanceof JsonMappingException mapping
        ? Failure.InvalidInput.of(mapping.getPath().isEmpty() ? "body" : path(mapping), problem(mapping))
        : Failure.InvalidInput.of("body", "is not valid JSON" + where(exception) + ": " + exception.getOriginalMessage());
    return Problems.of(invalid, request);
  }

  private static String problem(JsonMappingException exception) {
    if (exception instanceof InputHygieneModule.RefusedValueException refused) return refused.problem();
    if (exception instanceof UnrecognizedPropertyException) return "is not a known property";
    if (exception instanceof InvalidFormatException format) {
      return "cannot read '" + format.getValue() + "' as " + describe(format.getTargetType());
    }
    if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + describe(mismatch.getTargetType());
    }
    if (exception instanceof ValueInstantiationException && exception.getCause() != null) {
      return exception.getCause().getMessage();
    }
    return exception.getOriginalMessage();
  }

  /** The JSON path of the offending value: {@code supply.max}, {@code [2].price}. */
  private static String path(JsonMappingException exception) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : exception.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) return "a value of another type";
    if (type == BigDecimal.class) return "a decimal number (a JSON number or a string such as \"12.34\")";
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) return "a number";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type == String.class) return "a string";
    if (Temporal.class.isAssignableFrom(type)) return "an ISO-8601 time such as 2024-01-31T00:00:00Z";
    if (Collection.class.isAssignableFrom(type) || type.isArray()) return "an array";
    if (Map.class.isAssignableFrom(type)) return "an object of string values";
    return "an object";
  }

  private static String where(JsonProcessingException exception) {
    JsonLocation at = exception.getLocation();
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
