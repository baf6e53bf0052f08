package io.phasewise.domain.account;

import io.phasewise.domain.shared.InputText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's e-mail address, stripped and in lower case so that one mailbox is one user. The check is
 * deliberately plain (one {@code @}, no spaces, a dotted domain, RFC 5321 lengths): whether the
 * mailbox exists is not something a format can tell.
 */
public record EmailAddress(String value) {
  /** RFC 5321: at most 254 characters in a path, 64 in the local part. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_LENGTH = 64;
  private static final Pattern SHAPE = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

  public EmailAddress {
    Objects.requireNonNull(value, "email");
    problem(value).ifPresent(p -> {
      throw new IllegalArgumentException("e-mail address " + p + ": '" + value + "'");
    });
    if (!value.equals(normalise(value))) {
      throw new IllegalArgumentException("e-mail address must be stripped and in lower case: '" + value + "'");
    }
  }

  /** The address of {@code text} after stripping it and turning it to lower case. */
  public static EmailAddress of(String text) {
    return new EmailAddress(normalise(Objects.requireNonNull(text, "email")));
  }

  /** What is wrong with {@code text} as an address (before normalising), or empty when it is acceptable. */
  public static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) return Optional.of("must not be blank");
    Optional<String> unclean = InputText.problem(text, MAX_LENGTH + 100);
    if (unclean.isPresent()) return unclean;
    String address = normalise(text);
    if (address.length() > MAX_LENGTH) return Optional.of("must be at most " + MAX_LENGTH + " characters");
    if (!SHAPE.matcher(address).matches()) {
      return Optional.of("must look like name@example.org (one @, no spaces, a dotted domain)");
    }
    if (address.indexOf('@') > MAX_LOCAL_LENGTH) {
      return Optional.of("must have at most " + MAX_LOCAL_LENGTH + " characters before the @");
    }
    return Optional.empty();
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
