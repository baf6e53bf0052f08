package io.phasewise.application.market.service;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.dailyCandles;
import static io.phasewise.application.testing.MarketFixtures.feed;
import static io.phasewise.application.testing.MarketFixtures.good;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ImportCandlesServiceTest {
  /** Far enough ahead that 120,000 daily bars from 2024 are not in the future. */
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2400-06-01T00:00:00Z"), ZoneOffset.UTC));
  private final AssetId asset =
      market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("IMP", "Import", AssetType.STOCK))).get().id();

  private ImportReport importRows(List<CandleRow> rows) {
    return market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, feed(rows))).get();
  }


  @Test
  void stores_every_good_row_reports_every_bad_one_and_a_replay_changes_nothing() {
    List<CandleRow> rows = new ArrayList<>(good(dailyCandles(120_000, "feed")));
    rows.add(3, new CandleRow.Rejected(5, "Open is null"));

    ImportReport first = importRows(rows);
    ImportReport second = importRows(rows);

    assertThat(first.read()).isEqualTo(120_001);
    assertThat(first.inserted()).isEqualTo(120_000);
    assertThat(first.rejected()).containsExactly(new CandleRow.Rejected(5, "Open is null"));
    assertThat(second.stored()).isZero();
    assertThat(second.unchanged()).isEqualTo(120_000);
    assertThat(second.rejectedCount()).isEqualTo(1);
    assertThat(market.importRuns.recent(asset, 10)).hasSize(2);
  }

  @Test
  void the_first_hundred_rejected_rows_by_line_are_listed_and_every_one_is_counted() {
    List<CandleRow> rows = new ArrayList<>(good(dailyCandles(10, "feed")));
    for (long line = 301; line >= 2; line--) rows.add(new CandleRow.Rejected(line, "Open is null"));

    ImportReport report = importRows(rows);

    assertThat(report.rejectedCount()).isEqualTo(300);
    assertThat(report.rejected()).hasSize(ImportReport.LISTED_REJECTIONS)
        .extracting(CandleRow.Rejected::line).containsExactlyElementsOf(LongStream.rangeClosed(2, 101).boxed().toList());
    assertThat(report.rejectedNotListed()).isEqualTo(200);
    assertThat(report.inserted()).isEqualTo(10);
    ImportReport stored = market.importRuns.recent(asset, 1).get(0).report();
    assertThat(stored.rejected()).isEqualTo(report.rejected());
    assertThat(stored.rejectedNotListed()).isEqualTo(200);
  }

  @Test
  void a_second_row_with_the_same_time_and_source_is_rejected_naming_the_first() {
    ImportReport report = importRows(List.of(
        new CandleRow.Good(2, candle(T0, "10", "feed")),
        new CandleRow.Good(3, candle(T0.plusSeconds(86_400), "11", "feed")),
        new CandleRow.Good(4, candle(T0, "12", "feed"))));

    assertThat(report.inserted()).isEqualTo(2);
    assertThat(report.rejected()).containsExactly(new CandleRow.Rejected(4,
        "duplicate time 2024-01-01T00:00:00Z for source feed, first on line 2"));
  }

  @Test
  void a_row_off_the_interval_grid_is_rejected() {
    ImportReport report = importRows(List.of(new CandleRow.Good(2, candle(T0.plusSeconds(3600), "10", "feed"))));

    assertThat(report.rejected()).singleElement().extracting(CandleRow.Rejected::reason)
        .isEqualTo("time 2024-01-01T01:00:00Z is not the open time of a 1d bar");
  }

  @Test
  void an_unknown_asset_is_not_found_and_an_unreadable_feed_is_invalid_input() {
    var unknown = market.useCases.importCandles().importCandles(new ImportCandlesCommand(new AssetId(999), Interval.D1, feed(List.of())));
    assertThat(unknown.getLeft()).isInstanceOf(Failure.NotFound.class);

    CandleFeed broken = new CandleFeed() {
      @Override
      public String origin() {
        return "broken.csv";
      }

      @Override
      public CandleRow next() {
        throw new UncheckedIOException(new IOException("disk on fire"));
      }
    };
    var failed = market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, broken));
    assertThat(failed.getLeft().message()).contains("broken.csv", "disk on fire");
  }
}
