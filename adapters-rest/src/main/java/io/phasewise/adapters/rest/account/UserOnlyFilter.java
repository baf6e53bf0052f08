package io.phasewise.adapters.rest.account;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Filter: refuses an anonymous request to a {@link UserOnly} resource with 401, after the bearer
 * token filter and before the body is read, so a caller without a token learns nothing from
 * validation errors. Register it with {@code Priorities.AUTHORIZATION}.
 */
@UserOnly
public final class UserOnlyFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    CurrentUser.require(request.getSecurityContext());
  }
}
