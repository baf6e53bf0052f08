package io.phasewise.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "tab\there", "line\nbreak", "del\u007f", "c1\u0085", "esc\u001b[2J"})
  void control_characters_are_refused_naming_the_position(String text) {
    assertThat(InputText.problem(text, 100)).hasValueSatisfying(p -> assertThat(p).startsWith("must not contain control characters (U+"));
  }

  @Test
  void free_text_may_hold_tabs_and_line_breaks_but_no_other_control_character() {
    assertThat(InputText.proseProblem("line one\r\nline\ttwo", 100)).isEmpty();
    assertThat(InputText.proseProblem("a\u0000b", 100)).contains("must not contain control characters (U+0000 at position 2)");
    assertThat(InputText.problem("line one\nline two", 100)).isPresent();
  }

  @Test
  void ordinary_text_emoji_and_accents_pass() {
    assertThat(InputText.problem("Société Générale 🚀 €", 100)).isEmpty();
    assertThat(InputText.problem(null, 1)).isEmpty();
  }

  @Test
  void a_lone_surrogate_and_an_overlong_text_are_refused() {
    assertThat(InputText.problem("x\ud83d", 10)).contains("must not contain a lone UTF-16 surrogate (position 2)");
    assertThat(InputText.problem("\ude80x", 10)).contains("must not contain a lone UTF-16 surrogate (position 1)");
    assertThat(InputText.problem("x".repeat(201), InputText.NAME)).contains("must be at most 200 characters, not 201");
  }

  @Test
  void require_throws_invalid_input_naming_the_field() {
    assertThatThrownBy(() -> InputText.require("name", "a\u0000", InputText.NAME))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("name");
          assertThat(e.problem()).isEqualTo("name must not contain control characters (U+0000 at position 2)");
        });
  }

  @Test
  void fact_maps_are_bounded_in_entries_key_and_value_length_and_characters() {
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i < 51; i++) many.put("k" + i, "v");
    assertThat(InputText.problem(many)).contains("must have at most 50 entries, not 51");
    assertThat(InputText.problem(Map.of("k\u0000", "v"))).contains("key must not contain control characters (U+0000 at position 2)");
    assertThat(InputText.problem(Map.of("k", "v".repeat(2049)))).contains("value of 'k' must be at most 2048 characters, not 2049");
    assertThat(InputText.problem(Map.of("tick_size", "0.01"))).isEmpty();
  }

  @Test
  void printable_escapes_controls_and_cuts_long_text() {
    assertThat(InputText.printable("a\u0000b\ud83d", 100)).isEqualTo("a\\u0000b\\uD83D");
    assertThat(InputText.printable("🚀ok", 100)).isEqualTo("🚀ok");
    assertThat(InputText.printable("x".repeat(600), 500)).hasSize(500).endsWith("x…");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e200", "1E131072", "1E20000000", "-1E18", "1E-19", "1E-20000000"})
  void absurd_decimals_are_refused(String number) {
    assertThat(SaneDecimal.problem(new BigDecimal(number))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0E-30", "999999999999999999.999", "-0.5", "0.000000000000000001", "1.50000000000000000000000"})
  void real_decimals_pass(String number) {
    assertThat(SaneDecimal.problem(new BigDecimal(number))).isEmpty();
  }

  @Test
  void doubles_must_be_finite_and_below_1e18() {
    assertThat(SaneDecimal.problem(Double.NaN)).contains("must be a finite number");
    assertThat(SaneDecimal.problem(1e200)).contains("must be less than 1E18 in magnitude");
    assertThat(SaneDecimal.problem(-0.25)).isEmpty();
  }

  @Test
  void the_time_window_runs_from_1900_to_now_plus_the_lead() {
    Instant now = Instant.parse("2024-06-01T12:00:00Z");
    TimeWindow window = TimeWindow.DEFAULT;

    assertThat(window.problem(Instant.parse("1899-12-31T23:59:59Z"), now)).contains("time 1899-12-31T23:59:59Z is before 1900-01-01T00:00:00Z");
    assertThat(window.problem(Instant.parse("1900-01-01T00:00:00Z"), now)).isEmpty();
    assertThat(window.problem(now.plus(Duration.ofMinutes(5)), now)).isEmpty();
    assertThat(window.problem(now.plus(Duration.ofMinutes(6)), now)).hasValueSatisfying(p -> assertThat(p).contains("is in the future"));
    assertThat(window.problem(Instant.parse("+999999999-01-01T00:00:00Z"), now)).isPresent();
    assertThat(window.problem(now.plus(Duration.ofDays(1)), now, Duration.ofDays(1))).isEmpty();
  }
}
