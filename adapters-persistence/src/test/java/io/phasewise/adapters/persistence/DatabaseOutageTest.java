package io.phasewise.adapters.persistence;

import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.snapshot.SnapshotPorts;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached makes every port throw {@link PortUnavailableException}. */
class DatabaseOutageTest {
  private static final Duration SHORT_WAIT = Duration.ofMillis(500);
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static DatabaseSettings impatient(DatabaseSettings settings) {
    return new DatabaseSettings(settings.jdbcUrl(), settings.user(), settings.password(), 2, SHORT_WAIT);
  }

  @Test
  void starting_against_a_closed_port_reports_the_database_unavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DatabaseSettings settings = impatient(new DatabaseSettings("jdbc:postgresql://localhost:" + closedPort + "/none", "x", "y", 1));

    assertThatThrownBy(() -> PostgresPersistence.start(settings)).isInstanceOf(PortUnavailableException.class);
  }

  @Test
  void every_port_reports_the_database_unavailable_once_it_stops() throws IOException {
    EmbeddedPostgres server = TestPostgres.startPrivateServer();
    PostgresPersistence persistence;
    AssetId asset;
    try {
      persistence = PostgresPersistence.start(impatient(TestPostgres.settings(server, "postgres")));
      asset = persistence.ports(MarketPersistence.MODULE).saveAssets().insert(AssetProfile.of("GONE", "gone", AssetType.STOCK), T0).id();
    } finally {
      server.close();
    }

    try (persistence) {
      MarketPorts market = persistence.ports(MarketPersistence.MODULE);
      SnapshotPorts snapshots = persistence.ports(SnapshotPersistence.MODULE);
      List<Candle> many = new ArrayList<>();
      CandleSeries.Builder series = CandleSeries.builder(Interval.D1);
      for (int d = 0; d < 500; d++) {
        many.add(candle(T0.plusSeconds(86_400L * d), "10", "feed"));
        series.add(many.get(d));
      }
      SnapshotFrame frame = SnapshotEngine.standard().compute(asset, series.build(), TradingCalendar.STOCK);
      List<NamedCall> calls = List.of(
          new NamedCall("find asset", () -> market.loadAssets().findById(asset)),
          new NamedCall("insert asset", () -> market.saveAssets().insert(AssetProfile.of("NEW", "new", AssetType.STOCK), T0)),
          new NamedCall("save a few candles", () -> market.saveCandles().saveAll(asset, Interval.D1, many.subList(0, 2))),
          new NamedCall("save many candles", () -> market.saveCandles().saveAll(asset, Interval.D1, many)),
          new NamedCall("latest candles", () -> market.loadCandles().latest(List.of(asset), Interval.D1)),
          new NamedCall("save import run", () -> market.saveImportRuns().save(
              new ImportRun(asset, Interval.D1, new ImportReport("a.csv", 0, 0, 0, 0, List.of()), T0, T0))),
          new NamedCall("recent import runs", () -> market.loadImportRuns().recent(asset, 1)),
          new NamedCall("bar time before", () -> market.loadCandles().barTimeBefore(asset, Interval.D1, T0, 10)),
          new NamedCall("save a few snapshots", () -> snapshots.saveSnapshots().save(frame, 498)),
          new NamedCall("save many snapshots", () -> snapshots.saveSnapshots().save(frame, 0)),
          new NamedCall("delete snapshots", () -> snapshots.saveSnapshots().deleteAll(asset, Interval.D1)),
          new NamedCall("last snapshot time", () -> snapshots.loadSnapshots().lastBarTime(asset, Interval.D1)),
          new NamedCall("snapshot history", () -> snapshots.loadSnapshots().history(asset, Interval.D1, T0, T0, 0, 1)),
          new NamedCall("count snapshots", () -> snapshots.loadSnapshots().count(asset, Interval.D1, T0, T0)),
          new NamedCall("latest snapshots", () -> snapshots.loadSnapshots().latest(List.of(asset), Interval.D1, T0)),
          new NamedCall("training rows", () -> snapshots.loadSnapshots().trainingRows(Interval.D1, T0, T0, List.of(), 0, 1)),
          new NamedCall("count training rows", () -> snapshots.loadSnapshots().countTrainingRows(Interval.D1, T0, T0,
              List.of(asset))),
          // A transaction must touch the database: an empty one on a pooled connection last used under
          // Hikari's 500 ms alive-bypass window never talks to the server and rightly succeeds.
          new NamedCall("read in a transaction", () -> persistence.transactions().inTransaction(
              () -> market.loadAssets().findById(asset))));

      calls.forEach(c -> assertThatThrownBy(c.call()).as(c.name()).isInstanceOf(PortUnavailableException.class)
          .hasMessageStartingWith("the database is unavailable"));
    }
  }

  private record NamedCall(String name, ThrowingCallable call) {}
}
