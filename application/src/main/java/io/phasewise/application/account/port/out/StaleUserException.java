package io.phasewise.application.account.port.out;

import io.phasewise.domain.account.UserId;

/** Thrown by {@link SaveUserPort} when another transaction changed the user first (optimistic locking). */
public class StaleUserException extends RuntimeException {
  public StaleUserException(UserId user, Throwable cause) {
    super("user " + user + " was changed by another request at the same time; retry", cause);
  }
}
