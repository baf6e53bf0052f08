package io.phasewise.adapters.rest.account;

import io.phasewise.application.account.port.in.Registration;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a sign-up: the new user and their first token, with its secret shown once. */
@Schema(name = "SignUp")
record SignUpJson(UserJson user, IssuedTokenJson token) {
  static SignUpJson of(Registration registration) {
    return new SignUpJson(UserJson.of(registration.user()), IssuedTokenJson.of(registration.token()));
  }
}
