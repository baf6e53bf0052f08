package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.UseCases;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.phase.port.in.PhaseHistory;
import io.phasewise.application.phase.port.in.PhaseTimelineQuery;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedder injecting a fixed clock and fixed ids gets the same results from two fresh databases. */
class ReplayEmbeddingTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir
  Path first;
  @TempDir
  Path second;

  /**
   * What one replay observed: the registered user (id and times from the injected sources), the asset,
   * the import, the current phase and the whole timeline.
   */
  record Replay(User user, Asset asset, ImportReport report, PhaseState current, PhaseHistory timeline) {}

  @Test
  void two_replays_with_a_fixed_clock_and_fixed_ids_give_identical_results() throws IOException {
    Replay one = replay(first);
    Replay two = replay(second);

    assertThat(one.asset().createdAt()).isEqualTo(FIXED.instant());
    assertThat(one.user().id().value()).isEqualTo(new UUID(0, 1));
    assertThat(one.report().stored()).isPositive();
    assertThat(one.timeline().spans()).isNotEmpty();
    assertThat(two).isEqualTo(one);
  }

  private static Replay replay(Path home) throws IOException {
    Infrastructure fixed = new Infrastructure(FIXED, counting(), System::nanoTime, 2);
    try (Phasewise phasewise = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())),
        fixed); InputStream csv = ReplayEmbeddingTest.class.getResourceAsStream("/prices/daily/IBM.csv")) {
      UseCases useCases = phasewise.useCases();
      User user = useCases.accounts().registerUser()
          .register(new RegisterUserCommand(EmailAddress.of("replay@example.org"), null)).get().user();
      Asset ibm = useCases.market().registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of("IBM", "IBM", AssetType.STOCK))).get();
      ImportReport report = useCases.market().importCandleFile().importFile(ImportCandleFileCommand.of(ibm.id(), Interval.D1,
          csv, "IBM.csv", CandleFileFormat.YAHOO)).get();
      useCases.phases().recompute().recomputeAll(Interval.D1, BatchProgress.none());
      return new Replay(user, ibm, report, useCases.phases().query().current(ibm.id(), Interval.D1).get(),
          useCases.phases().query().timeline(new PhaseTimelineQuery(ibm.id(), Interval.D1, TimeBounds.BEGINNING, TimeBounds.END)).get());
    }
  }

  /** Ids 1, 2, 3... in order of asking. */
  private static IdGenerator counting() {
    AtomicLong next = new AtomicLong();
    return () -> new UUID(0, next.incrementAndGet());
  }
}
