package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of POST /api/me/tokens. */
@Schema(name = "TokenRequest")
record TokenRequest(
    @Schema(example = "laptop", description = "1 to 100 characters", requiredMode = Schema.RequiredMode.REQUIRED) String name) {

  IssueApiTokenCommand toCommand(UserId owner) {
    String stripped = name == null ? null : name.strip();
    ApiToken.nameProblem(stripped).ifPresent(p -> {
      throw FailureException.invalid("name", p);
    });
    return new IssueApiTokenCommand(owner, stripped);
  }
}
