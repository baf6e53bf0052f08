package io.phasewise.adapters.rest.account;

import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an operation demands of its caller, read from the one declaration it carries: its OpenAPI
 * {@link SecurityRequirement} (on the method, else the class). {@code scopes = }{@value #ADMIN} makes it an
 * administrator's operation (role ADMIN and a token with the scope ADMIN); otherwise a read needs the scope
 * READ and a write the scope WRITE. An operation without a requirement is public.
 *
 * @param role the role the caller must have, or {@code null} for any
 * @param scope the scope the caller's token must carry
 */
public record RequiredAccess(Role role, Scope scope) {
  /** The security requirement scope that marks an administrator's operation, shown as such in the document. */
  public static final String ADMIN = "ADMIN";

  /** The access {@code method} of {@code type} requires, or empty when it is public. */
  public static Optional<RequiredAccess> of(Class<?> type, Method method) {
    Optional<SecurityRequirement[]> declared = declared(method.getAnnotationsByType(SecurityRequirement.class))
        .or(() -> declared(type.getAnnotationsByType(SecurityRequirement.class)));
    return declared.map(requirements -> {
      boolean admin = Arrays.stream(requirements).anyMatch(r -> Arrays.asList(r.scopes()).contains(ADMIN));
      if (admin) return new RequiredAccess(Role.ADMIN, Scope.ADMIN);
      boolean reads = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class);
      return new RequiredAccess(null, reads ? Scope.READ : Scope.WRITE);
    });
  }

  private static Optional<SecurityRequirement[]> declared(SecurityRequirement[] requirements) {
    return requirements.length == 0 ? Optional.empty() : Optional.of(requirements);
  }
}
