package io.phasewise.adapters.rest.param;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.domain.shared.InputText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/**
 * Filter: every query and path parameter, decoded, is {@link InputText} (no control characters such
 * as a NUL written {@code %00}) of at most {@link #MAX_LENGTH} characters, or the request is refused
 * with a 400 naming the parameter before a resource reads it. Each parameter's own rules still apply.
 */
public final class ParameterHygieneFilter implements ContainerRequestFilter {
  /** Longest parameter value: room for {@link AssetIds#MAX} ids in one comma-separated value. */
  public static final int MAX_LENGTH = 16_384;

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getPathParameters(true));
    check(request.getUriInfo().getQueryParameters(true));
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      InputText.problem(parameter.getKey(), InputText.NAME).ifPresent(p -> {
        throw FailureException.invalid("query", "a parameter name " + p);
      });
      for (String value : parameter.getValue()) {
        InputText.problem(value, MAX_LENGTH).ifPresent(p -> {
          throw FailureException.invalid(parameter.getKey(), p);
        });
      }
    }
  }
}
