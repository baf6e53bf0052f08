package io.phasewise.application.account.port.out;

import io.phasewise.domain.account.User;

/** Outgoing port: stores new users and changes existing ones. */
public interface SaveUserPort {

  /**
   * Stores a new user.
   *
   * @throws DuplicateEmailException when another user has the same e-mail address
   */
  void insert(User user);

  /**
   * Replaces the role, settings and change time of a stored user; false when there is no such user.
   *
   * @throws StaleUserException when another transaction changed the user after this one read it
   */
  boolean update(User user);
}
