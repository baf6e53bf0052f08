package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Body of POST /api/me/tokens. */
@Schema(name = "TokenRequest")
record TokenRequest(
    @Schema(example = "laptop", description = "1 to 100 characters", requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(description = "what the token may do: READ and WRITE the caller's data, ADMIN shared data (an admin's "
        + "only); at most the scopes of the token issuing it; default READ and WRITE as far as the role allows")
    List<Scope> scopes) {

  /** The command for {@code caller}; 403 when it asks for a scope the issuing token does not hold. */
  IssueApiTokenCommand toCommand(Caller caller) {
    String stripped = name == null ? null : name.strip();
    ApiToken.nameProblem(stripped).ifPresent(p -> {
      throw FailureException.invalid("name", p);
    });
    if (scopes != null && (scopes.isEmpty() || scopes.contains(null))) {
      throw FailureException.invalid("scopes", "must list at least one of " + List.of(Scope.values()));
    }
    Set<Scope> asked = scopes == null ? caller.role().defaultScopes() : EnumSet.copyOf(scopes);
    if (!caller.scopes().containsAll(asked)) {
      throw new FailureException(new Failure.Forbidden("a token may issue tokens with its own scopes only: "
          + caller.scopes() + ", not " + asked));
    }
    return new IssueApiTokenCommand(caller.user(), stripped, asked);
  }
}
