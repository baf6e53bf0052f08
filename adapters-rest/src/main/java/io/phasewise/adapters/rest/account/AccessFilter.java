package io.phasewise.adapters.rest.account;

import io.phasewise.domain.account.Caller;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Filter: refuses a request to a protected operation after the bearer token filter and before the body is
 * read: 401 when anonymous, 403 naming the missing role or scope when the caller lacks it, so a caller learns
 * nothing from validation errors. {@link ProtectedOperations} binds it with the operation's {@link RequiredAccess}.
 */
final class AccessFilter implements ContainerRequestFilter {
  private final RequiredAccess required;

  AccessFilter(RequiredAccess required) {
    this.required = required;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Caller caller = CurrentUser.caller(request.getSecurityContext());
    if (required.role() != null && caller.role() != required.role()) {
      throw new ForbiddenException("this operation needs the role " + required.role() + "; the caller's role is "
          + caller.role());
    }
    if (!caller.has(required.scope())) {
      throw new ForbiddenException("this operation needs a token with the scope " + required.scope()
          + "; this token may use " + caller.scopes());
    }
  }
}
