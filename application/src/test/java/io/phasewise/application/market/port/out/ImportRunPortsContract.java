package io.phasewise.application.market.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the import-run ports passes (fake and database); each test starts from an empty store. */
public abstract class ImportRunPortsContract {
  private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");

  protected abstract SaveImportRunPort save();

  protected abstract LoadImportRunsPort load();

  protected abstract AssetId newAsset(String symbol);

  @Test
  void runs_read_back_newest_first_with_at_most_100_rejections_each() {
    AssetId a = newAsset("RUNS");
    List<CandleRow.Rejected> many = LongStream.rangeClosed(2, 151).mapToObj(l -> new CandleRow.Rejected(l, "Open is null")).toList();
    save().save(new ImportRun(a, Interval.D1, new ImportReport("old.csv", 10, 10, 0, 0, List.of()), T, T.plusSeconds(1)));
    save().save(new ImportRun(a, Interval.D1, new ImportReport("new.csv", 200, 40, 5, 5, many), T.plusSeconds(60), T.plusSeconds(61)));

    List<ImportRun> runs = load().recent(a, 10);
    assertThat(runs).extracting(r -> r.report().origin()).containsExactly("new.csv", "old.csv");
    ImportRun newest = runs.get(0);
    assertThat(newest.report().read()).isEqualTo(200);
    assertThat(newest.report().inserted()).isEqualTo(40);
    assertThat(newest.report().updated()).isEqualTo(5);
    assertThat(newest.report().unchanged()).isEqualTo(5);
    assertThat(newest.report().rejected()).hasSize(100).first().isEqualTo(new CandleRow.Rejected(2, "Open is null"));
    assertThat(newest.startedAt()).isEqualTo(T.plusSeconds(60));
    assertThat(load().recent(a, 1)).hasSize(1);
  }
}
