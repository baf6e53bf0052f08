package io.phasewise.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {
  private static final URI HOOK = URI.create("https://hooks.example.com/phasewise");
  private final WebhookUrlPolicy strict = WebhookUrlPolicy.publicOnly();

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal); // a literal: no name lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/phasewise", "http://hooks.example.com:8080/a?b=c",
      "HTTPS://Hooks.Example.com", "http://203.0.113.7/hook", "https://[2001:db8::1]:8443/x"})
  void http_and_https_urls_with_a_host_parse(String text) {
    assertThat(strict.parse(text).get()).isEqualTo(URI.create(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ftp://hooks.example.com/x | must be an http or https URL",
      "file:///etc/passwd | must be an http or https URL",
      "javascript:alert(1) | must be an http or https URL",
      "/relative/path | must be an http or https URL",
      "https://user:pw@hooks.example.com/ | must not carry user-info",
      "https://hooks.example.com/#frag | must not have a fragment",
      "https:///path-only | must name a host",
      "http://under_score.example/ | must name a host",
      "https://hooks example.com/ | is not a URL"})
  void other_urls_are_refused_with_the_reason(String text, String reason) {
    assertThat(strict.parse(text).getLeft()).contains(reason);
  }

  @Test
  void blank_and_overlong_urls_are_refused() {
    assertThat(strict.parse(" ").getLeft()).isEqualTo("must not be blank");
    assertThat(strict.parse(null).getLeft()).isEqualTo("must not be blank");
    assertThat(strict.parse("https://a.example/" + "x".repeat(2048)).getLeft()).isEqualTo("must be at most 2048 characters");
  }

  @ParameterizedTest
  @CsvSource({
      "8.8.8.8, PUBLIC", "203.0.113.7, PUBLIC", "172.15.255.255, PUBLIC", "172.32.0.1, PUBLIC", "100.63.255.255, PUBLIC",
      "100.128.0.0, PUBLIC", "192.169.0.1, PUBLIC", "169.253.1.1, PUBLIC", "223.255.255.255, PUBLIC",
      "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK",
      "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED",
      "169.254.169.254, LINK_LOCAL", "169.254.0.1, LINK_LOCAL",
      "10.0.0.1, PRIVATE", "10.255.255.255, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
      "100.64.0.1, SHARED", "100.127.255.255, SHARED",
      "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST",
      "240.0.0.1, RESERVED", "255.255.255.255, RESERVED",
      "2001:4860:4860::8888, PUBLIC", "::1, LOOPBACK", "::, UNSPECIFIED", "fe80::1, LINK_LOCAL", "febf::1, LINK_LOCAL",
      "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "fec0::1, PRIVATE", "ff02::1, MULTICAST",
      "::ffff:10.0.0.1, PRIVATE", "::ffff:8.8.8.8, PUBLIC",
      "64:ff9b::7f00:1, LOOPBACK", "64:ff9b::a9fe:a9fe, LINK_LOCAL", "64:ff9b::808:808, PUBLIC",
      "2002:c0a8:101::1, PRIVATE", "2002:808:808::1, PUBLIC",
      "::127.0.0.1, LOOPBACK", "::10.0.0.1, PRIVATE", "::0.0.0.2, UNSPECIFIED", "::8.8.8.8, PUBLIC",
      "64:ff9b:1::a00:1, PRIVATE", "64:ff9b:1::808:808, PUBLIC",
      "2001:0:7f00:1::, LOOPBACK", "2001:0:808:808::f5f5:fffe, PRIVATE", "2001:0:808:808::f7f7:f7f7, PUBLIC",
      "2001:4860::1, PUBLIC"})
  void addresses_fall_into_their_range(String literal, AddressRange range) {
    assertThat(AddressRange.of(ip(literal))).isEqualTo(range);
  }

  @Test
  void an_ipv4_mapped_address_kept_as_ipv6_counts_as_its_ipv4_address() throws UnknownHostException {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

    assertThat(address).isInstanceOf(Inet6Address.class);
    assertThat(AddressRange.of(address)).isEqualTo(AddressRange.LOOPBACK);
  }

  @Test
  void the_strict_policy_calls_public_addresses_only() {
    assertThat(strict.check(HOOK, List.of(ip("203.0.113.7"), ip("2001:db8::7"))).get()).isEqualTo(HOOK);
    assertThat(strict.check(HOOK, List.of(ip("127.0.0.1"))).isLeft()).isTrue();
    assertThat(strict.check(HOOK, List.of(ip("192.168.0.10"))).isLeft()).isTrue();
    assertThat(strict.check(HOOK, List.of(ip("100.64.1.1"))).isLeft()).isTrue();
  }

  @Test
  void one_refused_address_among_several_refuses_the_url_and_the_reason_names_both() {
    String reason = strict.check(HOOK, List.of(ip("203.0.113.7"), ip("169.254.169.254"))).getLeft();

    assertThat(reason).isEqualTo("'https://hooks.example.com/phasewise' resolves to 169.254.169.254 is a link-local address;"
        + " webhooks may only call public addresses");
  }

  @Test
  void a_host_without_addresses_is_refused() {
    assertThat(strict.check(HOOK, List.of()).getLeft()).contains("resolves to no address");
  }

  @Test
  void loopback_and_private_networks_can_each_be_allowed() {
    WebhookUrlPolicy loopback = WebhookUrlPolicy.allowing(true, false);
    WebhookUrlPolicy privateNets = WebhookUrlPolicy.allowing(false, true);

    assertThat(loopback.refusal(ip("127.0.0.1"))).isEmpty();
    assertThat(loopback.refusal(ip("::1"))).isEmpty();
    assertThat(loopback.refusal(ip("10.1.2.3"))).contains("10.1.2.3 is a private-network address");
    assertThat(privateNets.refusal(ip("10.1.2.3"))).isEmpty();
    assertThat(privateNets.refusal(ip("fd00::5"))).isEmpty();
    assertThat(privateNets.refusal(ip("100.64.0.9"))).isEmpty();
    assertThat(privateNets.refusal(ip("127.0.0.1"))).isPresent();
    assertThat(privateNets.check(HOOK, List.of(ip("127.0.0.1"))).getLeft()).endsWith("may only call public or private-network addresses");
  }

  @ParameterizedTest
  @ValueSource(strings = {"169.254.169.254", "fe80::1", "0.0.0.0", "::", "224.0.0.251", "255.255.255.255"})
  void link_local_unspecified_multicast_and_reserved_addresses_are_never_allowed(String literal) {
    assertThat(WebhookUrlPolicy.allowing(true, true).refusal(ip(literal))).isPresent();
  }

  /**
   * Every spelling of a refused address is refused: the ones {@link URI} reads as no host at all when
   * parsed, the others when checked, with what the JDK resolves them to (nothing for what it does not read).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "http://127.0.0.1/ | 127.0.0.1 is a loopback address",
      "http://0177.0.0.1/ | 127.0.0.1 is a loopback address",
      "http://0x7f.0.0.1/ | must name a host",
      "http://0x7f000001/ | 127.0.0.1 is a loopback address",
      "http://2130706433/ | 127.0.0.1 is a loopback address",
      "http://017700000001/ | 127.0.0.1 is a loopback address",
      "http://127.1/ | must name a host",
      "http://127.0.1/ | must name a host",
      "http://127.0.0.1./ | must name a host",
      "http://0x7F.0X0.0.01/ | must name a host",
      "http://0/ | 0.0.0.0 is an unspecified",
      "http://0.0.0.0/ | 0.0.0.0 is an unspecified",
      "http://0x0/ | 0.0.0.0 is an unspecified",
      "http://012.1/ | must name a host",
      "http://3232235777/ | 192.168.1.1 is a private-network address",
      "http://0xa9fea9fe/ | 169.254.169.254 is a link-local address",
      "http://0251.0376.0251.0376/ | must name a host",
      "http://100.64.0.1/ | 100.64.0.1 is a carrier-grade NAT",
      "http://0144.0100.0.1/ | 100.64.0.1 is a carrier-grade NAT",
      "http://[::1]/ | is a loopback address",
      "http://[0:0:0:0:0:0:0:1]/ | is a loopback address",
      "http://[::]/ | is an unspecified",
      "http://[::127.0.0.1]/ | is a loopback address",
      "http://[::7f00:1]/ | is a loopback address",
      "http://[::ffff:127.0.0.1]/ | is a loopback address",
      "http://[::ffff:7f00:1]/ | is a loopback address",
      "http://[::ffff:a9fe:a9fe]/ | is a link-local address",
      "http://[0:0:0:0:0:ffff:10.1.2.3]/ | is a private-network address",
      "http://[64:ff9b::127.0.0.1]/ | is a loopback address",
      "http://[64:ff9b::a9fe:a9fe]/ | is a link-local address",
      "http://[64:ff9b:1::c0a8:1]/ | is a private-network address",
      "http://[2002:7f00:1::]/ | is a loopback address",
      "http://[2002:a9fe:a9fe::1]/ | is a link-local address",
      "http://[2001:0:7f00:1::]/ | is a loopback address",
      "http://[2001:0:808:808::80ff:fffe]/ | is a loopback address",
      "http://[2001:0000:0a00:0001::1]/ | is a private-network address",
      "http://[fc00::1]/ | is a private-network address",
      "http://[fdff:ffff::1]/ | is a private-network address",
      "http://[fe80::1]/ | is a link-local address",
      "http://[fe80::1%251]/ | is a link-local address",
      "http://[febf:ffff::1]/ | is a link-local address",
      "http://[fec0::1]/ | is a private-network address",
      "http://[ff02::1]/ | is a multicast address",
      "http://224.0.0.1/ | is a multicast address",
      "http://255.255.255.255/ | is a reserved address",
      "http://0xffffffff/ | 255.255.255.255 is a reserved address"})
  void every_spelling_of_a_refused_address_is_refused(String text, String reason) {
    String refusal = strict.parse(text).flatMap(url -> strict.check(url, jdkResolves(url.getHost()))).getLeft();

    assertThat(refusal).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://8.8.8.8/", "http://134744072/", "http://010.010.010.010/", "http://[::ffff:8.8.8.8]/",
      "http://[64:ff9b::808:808]/", "http://[2002:808:808::1]/"})
  void public_addresses_pass_in_any_spelling(String text) {
    URI url = strict.parse(text).get();

    assertThat(strict.check(url, List.of(ip("8.8.8.8"))).get()).isEqualTo(url);
  }

  /** What the JDK makes of a literal host; a legacy spelling it would look up in DNS resolves to nothing here. */
  private static List<InetAddress> jdkResolves(String host) {
    boolean literal = host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    return literal ? List.of(ip(host)) : List.of();
  }
}
