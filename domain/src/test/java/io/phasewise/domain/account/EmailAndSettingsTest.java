package io.phasewise.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses normalise and validate; settings are bounded JSON objects merged as RFC 7396 patches. */
class EmailAndSettingsTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void an_address_is_stripped_and_lower_cased() {
    assertThat(EmailAddress.of("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("ada.lovelace@example.org");
    assertThat(EmailAddress.problem(" Ada@Example.org")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "ada", "ada@", "@example.org", "ada@example", "ada lovelace@example.org",
      "ada@@example.org", "ada@exa mple.org", "ada@example..org", "ada@.example.org"})
  void malformed_addresses_are_refused_with_the_address(String text) {
    assertThat(EmailAddress.problem(text)).isPresent();
    assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(text)).withMessageContaining("e-mail address");
  }

  @Test
  void lengths_follow_rfc_5321() {
    String local65 = "a".repeat(65);
    assertThat(EmailAddress.problem(local65 + "@example.org")).contains("must have at most 64 characters before the @");
    assertThat(EmailAddress.problem("a".repeat(64) + "@example.org")).isEmpty();
    assertThat(EmailAddress.problem("a@" + "b".repeat(250) + ".org")).contains("must be at most 254 characters");
  }

  @Test
  void the_canonical_constructor_refuses_an_address_that_is_not_normalised() {
    assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("Ada@example.org"))
        .withMessageContaining("lower case");
  }

  @Test
  void settings_copy_json_values_deeply_and_immutably() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("alerts", true);
    List<Object> list = new ArrayList<>(List.of("NVDA", 3, new BigDecimal("1.50")));
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("theme", "dark");
    raw.put("notifications", nested);
    raw.put("favourites", list);
    raw.put("nothing", null);

    UserSettings settings = UserSettings.of(raw);
    nested.put("alerts", false);
    list.add("later");

    assertThat(settings.values()).containsEntry("theme", "dark").containsEntry("nothing", null);
    assertThat(settings.values().get("notifications")).isEqualTo(Map.of("alerts", true));
    assertThat(settings.values().get("favourites")).isEqualTo(List.of("NVDA", 3, new BigDecimal("1.50")));
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(Map.of("bad", new Object())))
        .withMessageContaining("'bad'");
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(Map.of("nan", Double.NaN)))
        .withMessageContaining("finite");
  }

  @Test
  void settings_are_bounded_in_depth_count_and_text() {
    Map<String, Object> deep = Map.of();
    for (int i = 1; i < UserSettings.MAX_DEPTH; i++) deep = Map.of("k", deep);
    assertThat(UserSettings.of(deep).values()).containsKey("k");
    Map<String, Object> tooDeep = Map.of("k", deep);
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(tooDeep)).withMessageContaining("deeper");

    Map<String, Object> many = new HashMap<>();
    for (int i = 0; i <= UserSettings.MAX_VALUES; i++) many.put("k" + i, i);
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(many)).withMessageContaining("more than 1000 values");
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(Map.of("long", "x".repeat(10_001))))
        .withMessageContaining("longer than");
  }

  @Test
  void a_merge_patch_adds_replaces_removes_and_merges_objects_recursively() {
    UserSettings before = UserSettings.of(Map.of("theme", "light", "risk", "low",
        "notifications", Map.of("email", true, "push", false), "tags", List.of("a")));
    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("theme", "dark");
    patch.put("risk", null);
    patch.put("notifications", mapWithNull("push", "sms", true));
    patch.put("tags", List.of("b"));
    patch.put("language", "en");

    UserSettings after = before.merge(UserSettings.of(patch));

    assertThat(after.values()).isEqualTo(Map.of("theme", "dark", "notifications", Map.of("email", true, "sms", true),
        "tags", List.of("b"), "language", "en"));
  }

  @Test
  void a_user_merges_settings_and_keeps_its_creation_time() {
    User user = User.register(new UserId(UUID.randomUUID()), EmailAddress.of("u@example.org"), UserSettings.EMPTY, T0);
    User changed = user.mergeSettings(UserSettings.of(Map.of("theme", "dark")), T0.plusSeconds(5));

    assertThat(changed.settings().values()).containsEntry("theme", "dark");
    assertThat(changed.createdAt()).isEqualTo(T0);
    assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new User(user.id(), user.email(), user.role(), user.settings(), T0, T0.minusSeconds(1)));
  }

  @Test
  void a_nul_in_an_email_or_in_a_settings_key_or_value_is_refused() {
    assertThat(EmailAddress.problem("a\u0000@example.org")).contains("must not contain control characters (U+0000 at position 2)");
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(Map.of("the\u0000me", "dark")))
        .withMessage("settings key must not contain control characters (U+0000 at position 4)");
    assertThatIllegalArgumentException().isThrownBy(() -> UserSettings.of(Map.of("nested", Map.of("theme", List.of("d\u001bark")))))
        .withMessage("settings value of 'theme' must not contain control characters (U+001B at position 2)");
  }

  private static Map<String, Object> mapWithNull(String nullKey, String key, Object value) {
    Map<String, Object> map = new HashMap<>();
    map.put(nullKey, null);
    map.put(key, value);
    return map;
  }
}
