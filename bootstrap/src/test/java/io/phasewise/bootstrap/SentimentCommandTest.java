package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.sentiment.port.in.SentimentMeterReading;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.sentiment.ReliabilityTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's sentiment commands against an embedded database in a temporary home. */
class SentimentCommandTest {
  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.runIn(home, args);
  }

  @Test
  void sources_are_added_and_listed_and_files_are_imported_with_their_rejections_printed() throws IOException {
    AssetId apple;
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      apple = app.useCases().market().registerAsset().register(new RegisterAssetCommand(AssetProfile.of("AAPL", "Apple", AssetType.STOCK))).get().id();
    }
    Path csv = Files.writeString(home.resolve("news.csv"), "asset,source,observed_at,score,magnitude,features\n"
        + "AAPL,Wire,2024-05-01T14:30:00Z,0.6,1,mentions=3\n"
        + "AAPL,Wire,2024-05-01T15:30:00Z,1.7,,\n"
        + "AAPL,Chatter,2024-05-01T16:30:00Z,-0.2,,\n");
    Path jsonl = Files.writeString(home.resolve("social.txt"),
        "{\"asset\": \"AAPL\", \"source\": \"Chatter\", \"observed_at\": 1714582800, \"score\": -0.4}\n");

    assertThat(run("sentiment", "sources", "add", "Wire", "--channel", "news", "--tier", "A", "--meta", "lang=en")).isZero();
    assertThat(run("sentiment", "sources", "add", "Chatter", "--channel", "social", "--tier", "c")).isZero();
    assertThat(run("sentiment", "sources", "add", "wire", "--channel", "news")).isEqualTo(1);
    assertThat(run("sentiment", "sources")).isZero();
    assertThat(run("sentiment", "import", csv.toString())).isZero();
    assertThat(run("sentiment", "import", "--format", "jsonl", jsonl.toString())).isZero();
    assertThat(run("sentiment", "import", csv.toString())).isZero();

    assertThat(cli.allOut()).contains(
        "registered source 1: Wire (news, tier A)",
        "registered source 2: Chatter (social, tier C)",
        "source 2: Chatter (social, tier C)\nsource 1: Wire (news, tier A)",
        "news.csv: read 3, stored 2 (2 new, 0 changed), unchanged 0, rejected 1",
        "    news.csv:3: score: 1.7 is outside -1..1",
        "social.txt: read 1, stored 1 (1 new, 0 changed), unchanged 0, rejected 0",
        "news.csv: read 3, stored 0 (0 new, 0 changed), unchanged 2, rejected 1");
    assertThat(cli.err()).contains("phasewise: a sentiment source named 'Wire' already exists");
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      SentimentMeterReading meter = app.useCases().sentiment().query().meter(apple, Instant.parse("2024-05-01T17:00:00Z")).get();
      assertThat(meter.meter().count()).isEqualTo(3);
      assertThat(meter.meter().count(ReliabilityTier.C)).isEqualTo(2);
      assertThat(app.useCases().sentiment().listSources().sources().get(1).meta()).containsEntry("lang", "en");
    }
  }

  @Test
  void an_unknown_format_or_a_missing_file_is_one_clear_line() {
    assertThat(run("sentiment", "import", home.resolve("nope.csv").toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("sentiment", "import", "--format", "xml", home.resolve("nope.csv").toString()))
        .isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("sentiment", "sources", "add", "X", "--channel", "radio")).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(cli.err()).contains("phasewise: no such file: " + home.resolve("nope.csv"))
        .contains("phasewise: unknown format 'xml'; use csv or jsonl")
        .contains("phasewise: channel: must be one of news, social, forum, not 'radio'").doesNotContain("Exception");
  }
}
