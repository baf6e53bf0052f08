package io.phasewise.adapters.rest.paging;

import io.phasewise.application.shared.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Which page of a long list to return, for a {@code @Valid @BeanParam}. Fields are public so the
 * OpenAPI generator sees them as parameters.
 */
public final class PageParams {
  @QueryParam("offset")
  @DefaultValue("0")
  @PositiveOrZero
  @Parameter(description = "items to skip")
  public long offset;

  @QueryParam("limit")
  @DefaultValue("1000")
  @Min(1)
  @Max(PageRequest.MAX_LIMIT)
  @Parameter(description = "most items to return")
  public int limit;

  public PageRequest request() {
    return new PageRequest(offset, limit);
  }
}
