package io.phasewise.adapters.persistence.account;

import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Conversions of single account values to and from their column types, used by the MapStruct mappers
 * of every context that stores a user's id (watchlists, webhook subscriptions). Not an API for applications.
 */
public final class AccountValues {
  private AccountValues() {}

  public static UUID uuid(UserId id) {
    return id == null ? null : id.value();
  }

  public static UserId userId(UUID id) {
    return id == null ? null : new UserId(id);
  }

  static UUID uuid(ApiTokenId id) {
    return id == null ? null : id.value();
  }

  static ApiTokenId tokenId(UUID id) {
    return id == null ? null : new ApiTokenId(id);
  }

  static String text(EmailAddress email) {
    return email == null ? null : email.value();
  }

  static EmailAddress email(String text) {
    return text == null ? null : new EmailAddress(text);
  }

  /** A mutable copy: Hibernate compares and copies the attribute as a plain map. */
  static Map<String, Object> map(UserSettings settings) {
    return settings == null ? null : new LinkedHashMap<>(settings.values());
  }

  static UserSettings settings(Map<String, Object> map) {
    return map == null ? UserSettings.EMPTY : new UserSettings(map);
  }

  /** A token's scopes as the {@code text[]} column holds them, in declaration order. */
  static String[] names(Set<Scope> scopes) {
    return scopes == null ? null : scopes.stream().sorted().map(Scope::name).toArray(String[]::new);
  }

  static Set<Scope> scopes(String[] names) {
    if (names == null) return null;
    EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String name : names) scopes.add(Scope.valueOf(name));
    return scopes;
  }

  static byte[] bytes(TokenHash hash) {
    return hash == null ? null : hash.bytes();
  }

  static TokenHash hash(byte[] bytes) {
    return bytes == null ? null : new TokenHash(bytes);
  }
}
