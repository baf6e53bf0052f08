package io.phasewise.adapters.rest.csv;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Lets a link or a browser pick the representation of a GET with {@code ?format=csv|json} where it
 * cannot set {@code Accept}: the parameter replaces the Accept header before the method is chosen.
 */
@PreMatching
public final class FormatQueryFilter implements ContainerRequestFilter {
  private static final String PARAMETER = "format";

  private static final Map<String, String> MEDIA_TYPES =
      Map.of("csv", ApiMediaTypes.TEXT_CSV, "json", MediaType.APPLICATION_JSON);

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())) return;
    String format = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
    if (format == null) return;
    String mediaType = MEDIA_TYPES.get(format);
    if (mediaType == null) throw FailureException.invalid(PARAMETER, "must be csv or json, not '" + format + "'");
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
  }
}
