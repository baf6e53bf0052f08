package io.phasewise.application.shared;

/** Thrown by an outgoing port whose backing system (database, provider) cannot be reached or failed. */
public class PortUnavailableException extends RuntimeException {
  public PortUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
