package io.phasewise.adapters.rest.account;

import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.domain.account.Caller;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * Filter: authenticates {@code Authorization: Bearer <token>} and makes the token's owner, with the owner's
 * role and the token's scopes, the request's principal. A request without the header goes on anonymous (public data); a header that names no
 * valid token is refused with 401 before any resource runs. Register it with
 * {@code Priorities.AUTHENTICATION}.
 */
public final class BearerTokenFilter implements ContainerRequestFilter {
  private static final String SCHEME = "Bearer";

  private final AuthenticateUseCase authenticate;

  public BearerTokenFilter(AuthenticateUseCase authenticate) {
    this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) return;
    if (!header.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
      throw new NotAuthorizedException("the Authorization header must be 'Bearer <token>'", SCHEME);
    }
    Optional<Caller> caller = authenticate.identify(header.substring(SCHEME.length() + 1).strip());
    if (caller.isEmpty()) throw new NotAuthorizedException("the API token is unknown or revoked", SCHEME);
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new TokenSecurityContext(new UserPrincipal(caller.get()), secure));
  }

  /** The authenticated caller as a JAX-RS principal; its name is the user id. */
  record UserPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
      return caller.user().toString();
    }
  }

  private record TokenSecurityContext(UserPrincipal principal, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.caller().role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return SCHEME;
    }
  }
}
