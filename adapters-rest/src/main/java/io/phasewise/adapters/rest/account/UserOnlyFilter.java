package io.phasewise.adapters.rest.account;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Filter: refuses an anonymous request to a protected operation with 401, after the bearer token filter
 * and before the body is read, so a caller without a token learns nothing from validation errors.
 * {@link ProtectedOperations} binds it.
 */
final class UserOnlyFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    CurrentUser.require(request.getSecurityContext());
  }
}
