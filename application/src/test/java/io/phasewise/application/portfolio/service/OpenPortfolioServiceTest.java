package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.ANY;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.EUR;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.NOW;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.d;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.deposit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.UpdatePortfolioSettingsCommand;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening, listing, reading and changing the settings of portfolios. */
class OpenPortfolioServiceTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();

  @Test
  void an_opened_portfolio_is_stored_empty_at_version_1_with_an_id_from_the_id_source() {
    Portfolio opened = bed.useCases.open().open(new OpenPortfolioCommand(bed.owner, "Core", EUR, null, true)).get();

    assertThat(opened.id().value()).isEqualTo(new UUID(0, 1));
    assertThat(opened.version()).isEqualTo(1);
    assertThat(opened.createdAt()).isEqualTo(NOW);
    assertThat(opened.method()).isEqualTo(BookingMethod.FIFO);
    assertThat(opened.allowShorts()).isTrue();
    assertThat(opened.ledger()).isEmpty();
    assertThat(bed.useCases.find().find(new PortfolioQuery(bed.owner, opened.id())).get()).isEqualTo(opened);
  }

  @Test
  void a_name_is_required_and_too_long_a_name_is_an_invalid_input_naming_the_field() {
    assertThatThrownBy(() -> new OpenPortfolioCommand(bed.owner, " ", USD, BookingMethod.HIFO, false))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));

    Failure failure = bed.useCases.open().open(new OpenPortfolioCommand(bed.owner, "x".repeat(201), USD, null, false)).getLeft();

    assertThat(failure).isInstanceOfSatisfying(Failure.InvalidInput.class,
        f -> assertThat(f.errors()).extracting(Failure.FieldError::field).containsExactly("name"));
    assertThat(bed.portfolios.store.list(bed.owner)).isEmpty();
  }

  @Test
  void the_list_holds_the_callers_portfolios_only_by_name_with_their_event_counts() {
    Portfolio savings = bed.open("Savings", USD);
    bed.open("Crypto", USD);
    bed.useCases.open().open(new OpenPortfolioCommand(bed.stranger, "Alpha", USD, BookingMethod.FIFO, false)).get();
    bed.record(savings.id(), deposit("2024-01-02", "1000"));

    List<PortfolioSummaryRow> rows = bed.useCases.list().list(bed.owner).get();

    assertThat(rows).extracting(PortfolioSummaryRow::name).containsExactly("Crypto", "Savings");
    assertThat(rows.get(1).events()).isEqualTo(1);
    assertThat(rows.get(1).version()).isEqualTo(2);
  }

  @Test
  void settings_change_name_and_recorded_prices_and_keep_the_ledger() {
    Portfolio p = bed.open("Core", USD);
    p = bed.record(p.id(), deposit("2024-01-02", "1000"));
    RecordedPrice flat = new RecordedPrice(new Instrument.External("FLAT 1", EUR), LocalDate.parse("2024-06-30"), d("250000"));

    Portfolio changed = bed.useCases.updateSettings().update(new UpdatePortfolioSettingsCommand(bed.owner, p.id(), "Main", null,
        List.of(flat), OptionalLong.of(p.version()))).get();

    assertThat(changed.name()).isEqualTo("Main");
    assertThat(changed.recordedPrices()).containsExactly(flat);
    assertThat(changed.revisions()).isEqualTo(p.revisions());
    assertThat(changed.version()).isEqualTo(p.version() + 1);
  }

  @Test
  void settings_at_a_version_someone_else_changed_since_are_a_conflict() {
    Portfolio p = bed.open("Core", USD);
    bed.useCases.updateSettings().update(new UpdatePortfolioSettingsCommand(bed.owner, p.id(), "First", null, null, ANY)).get();

    Failure failure = bed.useCases.updateSettings().update(new UpdatePortfolioSettingsCommand(bed.owner, p.id(), "Second", null, null,
        OptionalLong.of(p.version()))).getLeft();

    assertThat(failure).isInstanceOf(Failure.Conflict.class);
    assertThat(failure.message()).contains("version 2", "expected 1");
    assertThat(bed.useCases.find().find(new PortfolioQuery(bed.owner, p.id())).get().name()).isEqualTo("First");
  }
}
