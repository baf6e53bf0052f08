package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.ANY;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.buy;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.port.in.DeleteEventCommand;
import io.phasewise.application.portfolio.port.in.EditEventCommand;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.RecordEventCommand;
import io.phasewise.application.portfolio.port.in.SyncLogQuery;
import io.phasewise.application.portfolio.port.in.TransferBetweenPortfoliosCommand;
import io.phasewise.application.portfolio.port.in.UpdatePortfolioSettingsCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Another user's portfolio is not found by every use case, exactly like a missing one, and is left unchanged. */
class PortfolioOwnershipTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId apple = bed.asset("AAPL", AssetType.STOCK, "USD");
  private final Portfolio mine = bed.open("Mine", USD);
  private final Portfolio other = bed.open("Other", USD);
  private final LedgerEvent bought = bed.useCases.recordEvent().record(
      new RecordEventCommand(bed.owner, mine.id(), buy(apple, "2024-01-02", "10", "100", "0"), ANY)).get().event();

  /** Every use case on portfolio {@code id}; a transfer's other side is {@code counterpart}, which the caller owns. */
  private Map<String, Function<UserId, Either<Failure, ?>>> everyUseCase(PortfolioId id, PortfolioId counterpart) {
    Map<String, Function<UserId, Either<Failure, ?>>> calls = new LinkedHashMap<>();
    calls.put("find", u -> bed.useCases.find().find(new PortfolioQuery(u, id)));
    calls.put("updateSettings", u -> bed.useCases.updateSettings().update(new UpdatePortfolioSettingsCommand(u, id, "x", null, null, ANY)));
    calls.put("recordEvent", u -> bed.useCases.recordEvent().record(new RecordEventCommand(u, id, deposit("2024-01-03", "1"), ANY)));
    calls.put("editEvent", u -> bed.useCases.editEvent().edit(new EditEventCommand(u, id, bought.id(), deposit("2024-01-03", "1"), ANY)));
    calls.put("deleteEvent", u -> bed.useCases.deleteEvent().delete(new DeleteEventCommand(u, id, bought.id(), ANY)));
    calls.put("transfer from", u -> bed.useCases.transfer().transfer(new TransferBetweenPortfoliosCommand(u, id, counterpart,
        InstrumentRef.tracked(apple), PortfolioTestBed.d("1"), LocalDate.parse("2024-02-01"), null, null)));
    calls.put("transfer to", u -> bed.useCases.transfer().transfer(new TransferBetweenPortfoliosCommand(u, counterpart, id,
        InstrumentRef.tracked(apple), PortfolioTestBed.d("1"), LocalDate.parse("2024-02-01"), null, null)));
    calls.put("importStatement", u -> bed.useCases.importStatement().importStatement(new ImportStatementCommand(u, id,
        StatementFormat.PHASEWISE_CSV, null, "x.csv", new ByteArrayInputStream("".getBytes(StandardCharsets.UTF_8)), null)));
    calls.put("syncLog", u -> bed.useCases.syncLog().list(new SyncLogQuery(u, id, 10)));
    calls.put("exportLedger", u -> bed.useCases.exportLedger().export(new PortfolioQuery(u, id)));
    return calls;
  }

  @Test
  void every_use_case_answers_another_users_portfolio_as_not_found_like_a_missing_one() {
    PortfolioId missing = PortfolioId.of(new UUID(7, 7));
    Portfolio theirs = bed.useCases.open().open(new OpenPortfolioCommand(bed.stranger, "Theirs", USD, null, false)).get();
    everyUseCase(mine.id(), theirs.id()).forEach((name, call) -> {
      Failure asStranger = call.apply(bed.stranger).getLeft();
      assertThat(asStranger).as(name).isEqualTo(new Failure.NotFound("portfolio", mine.id().toString()));
    });
    everyUseCase(missing, other.id()).forEach((name, call) -> assertThat(call.apply(bed.owner).getLeft()).as(name)
        .isInstanceOfSatisfying(Failure.NotFound.class, f -> assertThat(f.kind()).isEqualTo("portfolio")));

    Portfolio after = bed.useCases.find().find(new PortfolioQuery(bed.owner, mine.id())).get();
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.ledger()).containsExactly(bought);
    assertThat(bed.portfolios.syncLog.recent(mine.id(), 10)).isEmpty();
    assertThat(bed.useCases.list().list(bed.stranger).get()).extracting(r -> r.name()).containsExactly("Theirs");
  }
}
