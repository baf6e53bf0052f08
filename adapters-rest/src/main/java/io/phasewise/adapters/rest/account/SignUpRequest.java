package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** Body of POST /api/users. */
@Schema(name = "SignUpRequest")
record SignUpRequest(
    @Schema(example = "ada@example.org", description = "unique; compared in lower case", requiredMode = Schema.RequiredMode.REQUIRED)
    String email,
    @Schema(description = "optional JSON object of preferences") Map<String, Object> settings) {

  /** The command, or a failure naming every bad field. */
  RegisterUserCommand toCommand() {
    FieldErrors errors = new FieldErrors();
    EmailAddress.problem(email).ifPresent(p -> errors.add("email", p));
    UserSettings parsed = SettingsField.read(settings, errors);
    errors.throwIfAny();
    return new RegisterUserCommand(EmailAddress.of(email), parsed);
  }
}
