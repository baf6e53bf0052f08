package io.phasewise.application.account.port.out;

import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import java.util.Optional;

/** Outgoing port: reads users by id or by (normalised) e-mail address. */
public interface LoadUserPort {
  Optional<User> findById(UserId id);

  Optional<User> findByEmail(EmailAddress email);
}
