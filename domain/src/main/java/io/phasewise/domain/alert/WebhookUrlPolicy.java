package io.phasewise.domain.alert;

import io.vavr.control.Either;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Policy: which URLs a webhook may call, so that a subscription cannot turn the server into a proxy
 * into its own network (server-side request forgery). A URL must be absolute {@code http} or
 * {@code https}, name a host, carry no user-info and no fragment; every address its host resolves to
 * must be {@link AddressRange#PUBLIC public}. An operator may allow loopback addresses (tests, a
 * receiver on the same machine) and private ones (10/8, 172.16/12, 192.168/16, fc00::/7 and the
 * carrier-grade NAT range 100.64/10) for receivers on their own network. Link-local (cloud metadata
 * at 169.254.169.254), unspecified, multicast and reserved addresses are never allowed.
 *
 * <p>A host written as a numeric IPv4 address in a legacy spelling (octal {@code 0177.0.0.1}, hexadecimal
 * {@code 0x7f.0.0.1}, a decimal integer {@code 2130706433}, a short form {@code 127.1}) is classified as
 * the address those spellings mean to {@code inet_aton}, whatever the JDK resolves it to; IPv6 literals
 * that embed an IPv4 address count as that address ({@link AddressRange}).
 *
 * <p>Resolving the host is I/O and happens outside: {@link #check(URI, Collection)} takes the
 * resolved addresses. The check runs when a URL is saved and again before every POST, as DNS answers
 * may change in between.
 */
public final class WebhookUrlPolicy {
  /** Longest URL accepted. */
  public static final int MAX_LENGTH = 2048;

  private final boolean allowLoopback;
  private final boolean allowPrivate;

  private WebhookUrlPolicy(boolean allowLoopback, boolean allowPrivate) {
    this.allowLoopback = allowLoopback;
    this.allowPrivate = allowPrivate;
  }

  /** Public addresses only: the default. */
  public static WebhookUrlPolicy publicOnly() {
    return new WebhookUrlPolicy(false, false);
  }

  /** Public addresses, and loopback and/or private ones as configured. */
  public static WebhookUrlPolicy allowing(boolean loopback, boolean privateNetworks) {
    return new WebhookUrlPolicy(loopback, privateNetworks);
  }

  /** The URL written as {@code text}, or why it cannot be a webhook URL (before any address is known). */
  public Either<String, URI> parse(String text) {
    if (text == null || text.isBlank()) return Either.left("must not be blank");
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH) return Either.left("must be at most " + MAX_LENGTH + " characters");
    URI url;
    try {
      url = new URI(trimmed);
    } catch (URISyntaxException e) {
      return Either.left("'" + trimmed + "' is not a URL: " + e.getReason());
    }
    String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      return Either.left("'" + trimmed + "' must be an http or https URL");
    }
    if (url.isOpaque() || url.getRawAuthority() == null) return Either.left("'" + trimmed + "' must name a host");
    if (url.getRawUserInfo() != null) {
      return Either.left("'" + trimmed + "' must not carry user-info (credentials) before the host");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      return Either.left("'" + trimmed + "' must name a host (a DNS name or an IP address)");
    }
    if (url.getRawFragment() != null) return Either.left("'" + trimmed + "' must not have a fragment (#...)");
    return Either.right(url);
  }

  /** Why {@code address} may not be called, or empty when it may. */
  public Optional<String> refusal(InetAddress address) {
    AddressRange range = AddressRange.of(address);
    boolean allowed = switch (range) {
      case PUBLIC -> true;
      case LOOPBACK -> allowLoopback;
      case PRIVATE, SHARED -> allowPrivate;
      case UNSPECIFIED, LINK_LOCAL, MULTICAST, RESERVED -> false;
    };
    return allowed ? Optional.empty() : Optional.of(address.getHostAddress() + " is " + range.description());
  }

  /**
   * {@code url} when every address its host resolved to may be called; otherwise why not, naming the
   * URL and the refused address. No address at all is refused too.
   */
  public Either<String, URI> check(URI url, Collection<InetAddress> resolved) {
    Optional<String> spelled = Ipv4Spelling.parse(url.getHost()).flatMap(this::refusal);
    if (spelled.isPresent()) {
      return Either.left("'" + url + "' names an address: " + spelled.get() + "; webhooks may only call " + allowedWords());
    }
    if (resolved.isEmpty()) return Either.left("the host of '" + url + "' resolves to no address");
    for (InetAddress address : resolved) {
      Optional<String> refused = refusal(address);
      if (refused.isPresent()) {
        return Either.left("'" + url + "' resolves to " + refused.get() + "; webhooks may only call "
            + allowedWords());
      }
    }
    return Either.right(url);
  }

  private String allowedWords() {
    if (allowLoopback && allowPrivate) return "public, private-network or loopback addresses";
    if (allowLoopback) return "public or loopback addresses";
    if (allowPrivate) return "public or private-network addresses";
    return "public addresses";
  }
}
