package io.phasewise.adapters.rest.account;

import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.UserId;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The user a request was authenticated as, for the resources of user-owned data. */
public final class CurrentUser {
  private CurrentUser() {}

  /** The request's user; 401 (with {@code WWW-Authenticate: Bearer}) when it carried no token. */
  public static UserId require(SecurityContext security) {
    return caller(security).user();
  }

  /** The request's caller with role and scopes; 401 as for {@link #require}. */
  public static Caller caller(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof BearerTokenFilter.UserPrincipal principal) {
      return principal.caller();
    }
    throw new NotAuthorizedException("this resource needs 'Authorization: Bearer <token>'", "Bearer");
  }
}
