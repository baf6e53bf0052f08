package io.phasewise.application.testing;

import io.phasewise.application.account.port.out.DuplicateEmailException;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** In-memory fake of the user ports; passes the same contract as the database adapter. */
public final class InMemoryUserStore implements LoadUserPort, SaveUserPort {
  private final Map<UserId, User> users = new ConcurrentHashMap<>();
  private final List<Consumer<UserId>> onDelete = new ArrayList<>();

  /** Lets the fakes of a user's data (tokens, watchlist) drop it with the user, like ON DELETE CASCADE. */
  public void cascadeTo(Consumer<UserId> dependent) {
    onDelete.add(dependent);
  }

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
  }

  @Override
  public synchronized void insert(User user) {
    if (findByEmail(user.email()).isPresent() || users.containsKey(user.id())) {
      throw new DuplicateEmailException(user.email(), null);
    }
    users.put(user.id(), user);
  }

  @Override
  public synchronized boolean update(User user) {
    User old = users.get(user.id());
    if (old == null) return false;
    users.put(user.id(), new User(old.id(), old.email(), user.role(), user.settings(), old.createdAt(), user.updatedAt()));
    return true;
  }

  /** Deletes a user and (through the cascade) everything they own. */
  public synchronized boolean delete(UserId id) {
    boolean removed = users.remove(id) != null;
    if (removed) onDelete.forEach(d -> d.accept(id));
    return removed;
  }
}
