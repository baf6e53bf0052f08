package io.phasewise.benchmarks;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.bootstrap.EmbeddedDatabase;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.PGConnection;

/**
 * Benchmark fixture: the synthetic universe stored, by COPY, in a fresh embedded PostgreSQL in a
 * temporary directory (assets registered through the asset port).
 */
@State(Scope.Benchmark)
public class StoredUniverse {
  private Path home;
  private EmbeddedDatabase database;
  private PostgresPersistence persistence;
  private SyntheticUniverseSeries memory;

  @Setup(Level.Trial)
  public void store(UniverseInMemory universe) throws IOException, SQLException {
    memory = universe.series();
    home = Files.createTempDirectory("phasewise-universe");
    database = EmbeddedDatabase.start(home.resolve("pgdata"));
    persistence = PostgresPersistence.start(new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 4));
    try (Connection connection = persistence.dataSource().getConnection()) {
      for (int i = 0; i < memory.assets().size(); i++) {
        Asset stored = persistence.ports(MarketPersistence.MODULE).saveAssets().insert(memory.assets().get(i).profile(), Instant.now());
        AssetId expected = memory.assets().get(i).id();
        if (!stored.id().equals(expected)) throw new IllegalStateException("asset " + expected + " stored as " + stored.id());
        byte[] text = CopyText.render(expected, Interval.D1, memory.market().candles(i));
        connection.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY candles (" + CopyText.COLUMNS + ") FROM STDIN", new ByteArrayInputStream(text));
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE");
        statement.execute("CHECKPOINT");
      }
    }
  }

  @TearDown(Level.Trial)
  public void remove() throws IOException {
    try {
      persistence.close();
      database.close();
    } finally {
      TempDirectory.deleteRecursively(home);
    }
  }

  PostgresPersistence persistence() {
    return persistence;
  }
}
