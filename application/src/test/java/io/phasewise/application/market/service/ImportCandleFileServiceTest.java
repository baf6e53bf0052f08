package io.phasewise.application.market.service;

import static io.phasewise.application.testing.MarketFixtures.dailyCandles;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ImportCandleFileServiceTest {
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
  private final AtomicReference<Boolean> inProgressAsked = new AtomicReference<>();
  private final ReadCandleFilePort files = (in, origin, format, lastRowInProgress) -> {
    inProgressAsked.set(lastRowInProgress);
    if (format == CandleFileFormat.YAHOO) throw new IllegalArgumentException("header 'a,b' is not Yahoo's");
    return CandleFeed.of(origin, dailyCandles(3, "file"));
  };
  private final ImportCandleFileService service = new ImportCandleFileService(market.assets, files, market.useCases.importCandles());

  private AssetId asset(String symbol, AssetType type) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private boolean lastRowInProgressFor(AssetType type) {
    service.importFile(ImportCandleFileCommand.of(asset("T" + type.ordinal(), type), Interval.D1, empty(), "t.csv",
        CandleFileFormat.PHASEWISE)).get();
    return inProgressAsked.get();
  }

  private static InputStream empty() {
    return new ByteArrayInputStream(new byte[0]);
  }

  @Test
  void the_file_is_read_for_the_asset_and_imported() {
    AssetId spy = asset("SPY", AssetType.ETF);

    var report = service.importFile(ImportCandleFileCommand.of(spy, Interval.D1, empty(), "SPY.csv", CandleFileFormat.PHASEWISE)).get();

    assertThat(report.stored()).isEqualTo(3);
    assertThat(market.candles.latest(List.of(spy), Interval.D1)).containsKey(spy);
  }

  @Test
  void a_round_the_clock_market_has_its_last_row_in_progress_crypto_and_forex_alike() {
    assertThat(lastRowInProgressFor(AssetType.CRYPTO)).isTrue();
    assertThat(lastRowInProgressFor(AssetType.STABLECOIN)).isTrue();
    assertThat(lastRowInProgressFor(AssetType.FOREX)).isTrue();
    assertThat(lastRowInProgressFor(AssetType.STOCK)).isFalse();
  }

  @Test
  void the_caller_may_say_whether_the_last_row_is_in_progress() {
    AssetId btc = asset("BTC-USD", AssetType.CRYPTO);

    service.importFile(new ImportCandleFileCommand(btc, Interval.D1, empty(), "b.csv", CandleFileFormat.PHASEWISE,
        Optional.of(false))).get();

    assertThat(inProgressAsked.get()).isFalse();
  }

  @Test
  void an_unknown_asset_is_not_found_and_its_stream_is_closed() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed.set(true);
      }
    };

    Failure failure = service.importFile(ImportCandleFileCommand.of(new AssetId(404), Interval.D1, in, "x.csv",
        CandleFileFormat.PHASEWISE)).getLeft();

    assertThat(failure).isEqualTo(new Failure.NotFound("asset", "404"));
    assertThat(closed).isTrue();
    assertThat(inProgressAsked.get()).isNull();
  }

  @Test
  void a_wrong_header_is_invalid_input_naming_the_file() {
    AssetId aapl = asset("AAPL", AssetType.STOCK);

    Failure failure = service.importFile(ImportCandleFileCommand.of(aapl, Interval.D1, empty(), "AAPL.csv",
        CandleFileFormat.YAHOO)).getLeft();

    assertThat(failure).isInstanceOf(Failure.InvalidInput.class);
    assertThat(failure.message()).isEqualTo("file: AAPL.csv: header 'a,b' is not Yahoo's");
  }
}
