package io.phasewise.application.account.port.out;

import io.phasewise.domain.account.EmailAddress;

/** Thrown by {@link SaveUserPort} when the e-mail address belongs to another user already. */
public class DuplicateEmailException extends RuntimeException {
  public DuplicateEmailException(EmailAddress email, Throwable cause) {
    super("a user with the e-mail address " + email + " already exists", cause);
  }
}
