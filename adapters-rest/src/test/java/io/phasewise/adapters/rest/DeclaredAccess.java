package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.domain.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The function-level authorization classifier of the sweep: what each served Java method declares (admin,
 * personal, public) through the requirement the server enforces, and which state-changing ones declare nothing
 * although they are not on the short list of writes open to anyone.
 */
final class DeclaredAccess {
  /** Writes anyone may make: signing up. Everything else that changes state must declare who may. */
  static final Set<String> PUBLIC_WRITES = Set.of("POST /api/users");
  private static final Set<String> STATE_CHANGING = Set.of("post", "put", "patch", "delete");

  private DeclaredAccess() {}

  enum Kind { ADMIN, PERSONAL, PUBLIC }

  static Kind of(ServedRoutes.Route route) {
    return RequiredAccess.of(route.type(), route.javaMethod())
        .map(required -> required.role() == Role.ADMIN ? Kind.ADMIN : Kind.PERSONAL)
        .orElse(Kind.PUBLIC);
  }

  static boolean changesState(ServedRoutes.Route route) {
    return STATE_CHANGING.contains(route.method());
  }

  /** The state-changing routes of {@code resources} that declare no requirement and are not public writes. */
  static List<String> undeclaredWrites(Collection<Class<?>> resources) {
    return ServedRoutes.methods(resources, "/").stream()
        .filter(DeclaredAccess::changesState)
        .filter(route -> of(route) == Kind.PUBLIC)
        .map(route -> route + " (" + route.type().getSimpleName() + "." + route.javaMethod().getName() + ")")
        .filter(route -> PUBLIC_WRITES.stream().noneMatch(open -> route.startsWith(open + " ")))
        .toList();
  }
}
