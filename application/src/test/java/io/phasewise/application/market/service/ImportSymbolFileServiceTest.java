package io.phasewise.application.market.service;

import static io.phasewise.application.testing.MarketFixtures.dailyCandles;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.port.in.ImportSymbolFileCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.SymbolFileImport;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ImportSymbolFileServiceTest {
  private static final AssetProfile GLD = AssetProfile.of("GLD", "SPDR Gold Shares", AssetType.ETF);

  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
  /** The rows the next file holds; a null list stands for a header that does not match. */
  private List<CandleRow> rows = List.of();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ReadCandleFilePort files = (in, origin, format, lastRowInProgress) -> {
    if (rows == null) throw new IllegalArgumentException("header 'a,b' is not Yahoo's");
    Deque<CandleRow> left = new ArrayDeque<>(rows);
    return new CandleFeed() {
      @Override
      public String origin() {
        return origin;
      }

      @Override
      public CandleRow next() {
        return left.poll();
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
  };
  private final ImportSymbolFileService service = new ImportSymbolFileService(market.assets, files,
      market.useCases.registerAsset(), market.useCases.importCandles());

  private Either<Failure, SymbolFileImport> importGld() {
    return service.importFile(new ImportSymbolFileCommand(GLD, Interval.D1, new ByteArrayInputStream(new byte[0]), "GLD.csv",
        CandleFileFormat.YAHOO));
  }

  /** {@code rejected} rejected rows (Open is null), then {@code good} good ones. */
  private static List<CandleRow> rejectedThenGood(int rejected, int good) {
    List<CandleRow> rows = new ArrayList<>();
    for (int i = 1; i <= rejected; i++) rows.add(new CandleRow.Rejected(i, "Open is null"));
    List<Candle> candles = dailyCandles(good, "file");
    for (int i = 0; i < good; i++) rows.add(new CandleRow.Good(rejected + i + 1, candles.get(i)));
    return rows;
  }

  @Test
  void a_new_asset_is_registered_with_the_profile_and_every_row_is_imported_in_order() {
    rows = rejectedThenGood(2, 3);

    SymbolFileImport done = importGld().get();

    assertThat(done.registered()).isTrue();
    assertThat(done.asset().profile()).isEqualTo(GLD);
    assertThat(done.report().read()).isEqualTo(5);
    assertThat(done.report().stored()).isEqualTo(3);
    assertThat(done.report().rejected()).extracting(CandleRow.Rejected::line).containsExactly(1L, 2L);
    assertThat(market.candles.latest(List.of(done.asset().id()), Interval.D1)).containsKey(done.asset().id());
    assertThat(closed).isTrue();
  }

  @Test
  void a_file_with_a_header_that_does_not_match_registers_nothing() {
    rows = null;

    Failure refused = importGld().getLeft();

    assertThat(refused).isInstanceOf(Failure.InvalidInput.class);
    assertThat(refused.message()).contains("GLD.csv: header 'a,b' is not Yahoo's");
    assertThat(market.assets.findBySymbol("GLD")).isEmpty();
  }

  @Test
  void a_file_without_a_good_row_registers_nothing_and_names_its_first_problem() {
    rows = rejectedThenGood(392, 0);

    Failure refused = importGld().getLeft();

    assertThat(refused.message())
        .contains("GLD.csv: no valid row among 392 (line 1: Open is null); nothing imported, no asset registered");
    assertThat(market.assets.findBySymbol("GLD")).isEmpty();
    assertThat(closed).isTrue();
  }

  @Test
  void a_known_asset_is_imported_into_even_when_every_row_is_rejected() {
    Asset known = market.useCases.registerAsset().register(new RegisterAssetCommand(GLD)).get();
    rows = rejectedThenGood(4, 0);

    SymbolFileImport done = importGld().get();

    assertThat(done.registered()).isFalse();
    assertThat(done.asset()).isEqualTo(known);
    assertThat(done.report().rejectedCount()).isEqualTo(4);
  }
}
