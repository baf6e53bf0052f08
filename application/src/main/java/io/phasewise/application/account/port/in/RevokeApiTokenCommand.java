package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.UserId;
import java.util.Objects;

/** Command: {@code owner} revokes their token {@code token}. */
public record RevokeApiTokenCommand(UserId owner, ApiTokenId token) {
  public RevokeApiTokenCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(token, "token");
  }
}
