package io.phasewise.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside text and numbers on a portfolio, its events' notes and its plans are refused naming the field, before any store sees them. */
class PortfolioInputTest {
  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");
  private static final BigDecimal ABSURD = new BigDecimal("1E30");

  private static TradeAnnotations annotations(String text, BigDecimal amount, List<String> signals) {
    return new TradeAnnotations(ActionSource.MANUAL, text, text, text, 5, 5, text, text, text, text, signals, text, amount, amount,
        amount, null, text, text, text);
  }

  private static PositionPlan plan(String text, BigDecimal amount, BigDecimal percent) {
    return new PositionPlan(LedgerEvents.ACME, amount, percent, percent, text, text, text, amount, amount);
  }

  @Test
  void ordinary_annotations_and_plans_are_accepted() {
    assertThatCode(() -> annotations("breakout on volume", new BigDecimal("101.5"), List.of("RSI > 50"))).doesNotThrowAnyException();
    assertThatCode(() -> plan("long because earnings grow", new BigDecimal("2"), new BigDecimal("12.5"))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nul\u0000inside", "bell\u0007", "lone \uD800 surrogate"})
  void control_characters_in_annotation_or_plan_text_are_refused(String text) {
    assertRefused(t -> annotations(t, null, List.of()), text, "signalReference");
    assertRefused(t -> annotations("fine", null, List.of(t)), text, "confirmationSignals");
    assertRefused(t -> plan(t, null, null), text, "thesis");
  }

  @Test
  void absurd_or_negative_amounts_and_percentages_above_100_are_refused() {
    assertThatThrownBy(() -> annotations(null, ABSURD, List.of())).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("stopLoss");
    assertThatThrownBy(() -> plan(null, new BigDecimal("-1"), null)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("leverage");
    assertThatThrownBy(() -> plan(null, null, new BigDecimal("100.01"))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("allocationTargetPercent");
  }

  @Test
  void too_many_confirmation_signals_are_refused() {
    assertThatThrownBy(() -> annotations(null, null, java.util.Collections.nCopies(51, "x"))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("confirmationSignals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void a_portfolio_needs_a_name(String name) {
    assertThatThrownBy(() -> Portfolio.open(PortfolioId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()), name, CurrencyCode.of("USD"),
        BookingMethod.FIFO, false, AT)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Portfolio.open(PortfolioId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()), null, CurrencyCode.of("USD"),
        BookingMethod.FIFO, false, AT)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_source_id_with_a_control_character_is_refused() {
    assertThatThrownBy(() -> new LedgerEvent(LedgerEventId.of(UUID.randomUUID()), LedgerEventType.DEPOSIT, LocalDate.of(2024, 1, 2), null, 0,
        null, null, null, CurrencyCode.of("USD"), BigDecimal.TEN, null, null, null, "row\u00001", null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("sourceId");
  }

  private static void assertRefused(Function<String, ?> build, String text, String field) {
    assertThatThrownBy(() -> build.apply(text)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
  }
}
