package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.providers.csv.CsvCandleFileReader;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Candles downloaded as CSV from the API import again through the real candle file reader and come back equal. */
class CandleCsvRoundTripTest {
  private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant AFTER = Instant.parse("2030-01-01T00:00:00Z");

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset(String symbol) {
    return server.api().market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK)))
        .get().id();
  }

  private static List<Candle> stored(AssetId asset) {
    return server.api().market.candles.load(asset, Interval.D1, FIRST, AFTER, null, 0, Integer.MAX_VALUE);
  }

  /** Plain bars, then one with a provider adjustment (halved), a dividend and a split. */
  private static List<Candle> history() {
    List<Candle> candles = new ArrayList<>(MarketFixtures.dailyCandles(4, "test"));
    Instant fifth = FIRST.plusSeconds(4 * 86_400L);
    candles.add(new Candle(fifth, new BigDecimal("120.50"), new BigDecimal("125"), new BigDecimal("119"),
        new BigDecimal("124"), new BigDecimal("1000.5"), new Candle.Adjusted(new BigDecimal("60.25"),
            new BigDecimal("62.5"), new BigDecimal("59.5"), new BigDecimal("62"), null),
        new BigDecimal("0.24"), new BigDecimal("2"), "yahoo-csv"));
    return candles;
  }

  @Test
  void a_download_imported_through_the_real_reader_stores_the_same_candles() throws Exception {
    AssetId original = asset("TRIP-REAL");
    server.api().market.candles.saveAll(original, Interval.D1, history());
    Http.Response download = server.http().get("/api/assets/" + original + "/candles?format=csv");
    assertThat(download.status()).isEqualTo(200);

    AssetId copy = asset("TRIP-REAL-COPY");
    ImportReport report;
    try (CandleFeed feed = new CsvCandleFileReader().open(
        new ByteArrayInputStream(download.body().getBytes(StandardCharsets.UTF_8)), "download.csv",
        CandleFileFormat.PHASEWISE, false)) {
      report = server.api().market.useCases.importCandles().importCandles(new ImportCandlesCommand(copy, Interval.D1, feed)).get();
    }

    assertThat(report.rejected()).isEmpty();
    assertThat(stored(copy)).hasSize(5).isEqualTo(stored(original));
  }
}
