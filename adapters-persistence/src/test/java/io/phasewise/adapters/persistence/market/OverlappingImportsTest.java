package io.phasewise.adapters.persistence.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent imports of overlapping, shuffled bars into one asset, each one transaction of several
 * sorted chunks as the import service writes them: without a per-asset lock their chunks lock rows
 * in crossing orders and PostgreSQL kills some as deadlocked. All succeed, and the stored rows are the union.
 */
class OverlappingImportsTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final int IMPORTS = 8;
  private static final int POOL = 6_000;
  private static final int BARS_PER_IMPORT = 4_800;
  private static final int CHUNK = 1_200;
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(IMPORTS);

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  @Test
  void eight_concurrent_overlapping_imports_all_succeed_and_store_the_union() throws Exception {
    DB.truncate();
    AssetId asset = DB.newAsset("OVERLAP");
    MarketPorts market = DB.persistence().ports(MarketPersistence.MODULE);
    List<Candle> pool = minuteBars(POOL);
    CyclicBarrier start = new CyclicBarrier(IMPORTS);
    List<Future<?>> imports = new ArrayList<>();
    List<Candle> union = new ArrayList<>();
    for (int i = 0; i < IMPORTS; i++) {
      List<Candle> drawn = new ArrayList<>(pool);
      Collections.shuffle(drawn, new Random(i));
      List<Candle> rows = drawn.subList(0, BARS_PER_IMPORT);
      union.addAll(rows);
      Callable<Object> upload = () -> {
        start.await(30, TimeUnit.SECONDS);
        return market.tx().inTransaction(() -> {
          for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Candle> chunk = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            chunk.sort(Comparator.comparing(Candle::time));
            market.saveCandles().saveAll(asset, Interval.M1, chunk);
          }
          return null;
        });
      };
      imports.add(THREADS.submit(upload));
    }
    for (Future<?> upload : imports) upload.get(120, TimeUnit.SECONDS);

    List<Candle> expected = union.stream().distinct().sorted(Comparator.comparing(Candle::time)).toList();
    List<Candle> stored = market.loadCandles().load(asset, Interval.M1, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
        null, 0, POOL + 1);
    assertThat(stored).hasSize(expected.size());
    assertThat(stored).usingRecursiveFieldByFieldElementComparator(Comparisons.EXACT_DECIMALS).containsExactlyElementsOf(expected);
  }

  private static List<Candle> minuteBars(int n) {
    Random random = new Random(42);
    List<Candle> bars = new ArrayList<>(n);
    for (int i = 0; i < n; i++) bars.add(VariedCandles.candle(random, VariedCandles.T0.plusSeconds(60L * i), "feed"));
    return bars;
  }
}
