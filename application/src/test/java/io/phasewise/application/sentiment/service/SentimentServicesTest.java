package io.phasewise.application.sentiment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentFile;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileCommand;
import io.phasewise.application.sentiment.port.in.RecordSentimentCommand;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceCommand;
import io.phasewise.application.sentiment.port.in.SentimentMeterReading;
import io.phasewise.application.sentiment.port.in.SentimentObservationsQuery;
import io.phasewise.application.sentiment.port.in.SentimentReport;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemorySentiment;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SentimentServicesTest {
  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
  private static final SentimentWeights WEIGHTS =
      new SentimentWeights(1.0, 0.5, 0.25, Duration.ofHours(12), Duration.ofDays(2), 2.0);

  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(NOW, ZoneOffset.UTC));
  private final AtomicReference<SentimentFileFormat> formatRead = new AtomicReference<>();
  private final AtomicReference<SentimentFile> fileToRead = new AtomicReference<>();
  private final ReadSentimentFilePort files = (in, origin, format) -> {
    formatRead.set(format);
    SentimentFile file = fileToRead.get();
    if (file == null) throw new IllegalArgumentException("header 'a,b' lacks the column score");
    return file;
  };
  private final InMemorySentiment sentiment = new InMemorySentiment(market, WEIGHTS, files);
  private final AssetId apple = asset("AAPL", AssetType.STOCK);
  private final SentimentSource wire = source("Newswire", "news", "A");
  private final SentimentSource forum = source("Stock Forum", "forum", null);

  private AssetId asset(String symbol, AssetType type) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private SentimentSource source(String name, String channel, String tier) {
    return RegisterSentimentSourceCommand.of(name, channel, tier, Map.of()).flatMap(sentiment.useCases.registerSource()::register).get();
  }

  private static SentimentRow row(long row, String asset, String source, Instant at, Double score) {
    return new SentimentRow(row, Reference.parse(asset), Reference.parse(source), at, score, null, null);
  }

  private SentimentReport record(SentimentRow... rows) {
    return sentiment.useCases.record().record(new RecordSentimentCommand("test", List.of(rows))).get();
  }

  @Test
  void a_source_gets_tier_b_by_default_and_a_taken_name_in_any_case_is_a_conflict_naming_it() {
    assertThat(forum.tier()).isEqualTo(ReliabilityTier.B);
    assertThat(forum.channel()).isEqualTo(SentimentChannel.FORUM);
    assertThat(wire.tier()).isEqualTo(ReliabilityTier.A);

    Either<Failure, SentimentSource> again = RegisterSentimentSourceCommand.of("  NEWSWIRE ", "social", "c", null)
        .flatMap(sentiment.useCases.registerSource()::register);

    assertThat(again.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(again.getLeft().message()).contains("'Newswire'");
    assertThat(sentiment.useCases.listSources().sources()).extracting(SentimentSource::name).containsExactly("Newswire", "Stock Forum");
  }

  @Test
  void a_source_given_as_text_names_every_bad_field() {
    Failure failure = RegisterSentimentSourceCommand.of(" ", "radio", "D", null).getLeft();

    assertThat(failure).isInstanceOf(Failure.InvalidInput.class);
    assertThat(((Failure.InvalidInput) failure).errors()).extracting(Failure.FieldError::field)
        .containsExactly("name", "channel", "tier");
    assertThat(failure.message()).contains("channel: must be one of news, social, forum, not 'radio'");
    assertThat(RegisterSentimentSourceCommand.of("X", null, null, null).getLeft().message()).contains("channel: is required");
  }

  @Test
  void good_rows_are_stored_in_one_transaction_and_bad_rows_are_reported_by_row_and_field() {
    int transactions = market.tx.started();
    SentimentReport report = record(
        row(1, "aapl", "newswire", NOW, 0.4),
        row(2, apple.toString(), wire.id().toString(), NOW.minusSeconds(60), -0.2),
        row(3, "AAPL", "Newswire", NOW.minusSeconds(120), 1.7),
        row(4, "MSFT", "Nobody", null, null),
        new SentimentRow(5, Reference.name("AAPL"), Reference.id(forum.id().value()), NOW, 0.1, -1.0,
            Map.of("mentions", Double.NaN)));

    assertThat(market.tx.started()).isEqualTo(transactions + 1);
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.inserted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(report.rejections()).extracting(SentimentRejection::toString).containsExactly(
        "row 3: score: 1.7 is outside -1..1",
        "row 4: asset: no asset has the symbol 'MSFT'",
        "row 4: source: no sentiment source is named 'Nobody': register it first",
        "row 4: observed_at: is required",
        "row 4: score: is required",
        "row 5: magnitude: -1.0 is negative",
        "row 5: features.mentions: must be a finite number");
    assertThat(sentiment.store.observations(apple, NOW.minusSeconds(3600), NOW)).containsExactly(
        SentimentObservation.of(apple, wire.id(), NOW.minusSeconds(60), -0.2, 0),
        SentimentObservation.of(apple, wire.id(), NOW, 0.4, 0));
  }

  @Test
  void recording_the_same_rows_again_changes_nothing_and_a_changed_row_is_updated() {
    SentimentRow first = new SentimentRow(1, Reference.name("AAPL"), Reference.name("Stock Forum"), NOW, 0.3, 1.5,
        Map.of("mentions", 12.0));
    SentimentRow second = row(2, "AAPL", "Stock Forum", NOW.minusSeconds(3600), -0.5);
    record(first, second);

    SentimentReport replay = record(first, second);
    SentimentReport changed = record(first, row(2, "AAPL", "Stock Forum", NOW.minusSeconds(3600), -0.4));

    assertThat(replay.unchanged()).isEqualTo(2);
    assertThat(replay.stored()).isZero();
    assertThat(changed.updated()).isEqualTo(1);
    assertThat(changed.unchanged()).isEqualTo(1);
    assertThat(changed.toString()).isEqualTo("test: read 2, stored 1 (0 new, 1 changed), unchanged 1, rejected 0");
  }

  @Test
  void a_batch_of_only_bad_rows_stores_nothing_and_is_still_a_report() {
    SentimentReport report = record(row(1, "AAPL", "Newswire", NOW, 2.0), row(2, "AAPL", "Newswire", NOW, -3.0));

    assertThat(report.stored()).isZero();
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(sentiment.store.count(apple, NOW.minusSeconds(60), NOW.plusSeconds(60))).isZero();
  }

  @Test
  void a_second_row_with_the_key_of_an_earlier_one_is_rejected_naming_it() {
    SentimentReport report = record(row(1, "AAPL", "Newswire", NOW, 0.1), row(7, "1", "1", NOW, 0.2));

    assertThat(report.inserted()).isEqualTo(1);
    assertThat(report.rejections()).extracting(SentimentRejection::toString)
        .containsExactly("row 7: observed_at: the same asset, source and time as row 1");
  }

  @Test
  void a_symbol_shared_by_several_assets_must_be_named_by_id() {
    AssetId stock = asset("ABC", AssetType.STOCK);
    AssetId index = asset("ABC", AssetType.INDEX);

    SentimentReport report = record(row(1, "ABC", "Newswire", NOW, 0.1), row(2, index.toString(), "Newswire", NOW, 0.1));

    assertThat(report.inserted()).isEqualTo(1);
    assertThat(report.rejections().get(0).problem())
        .isEqualTo("the symbol 'ABC' names 2 assets (index id " + index + ", stock id " + stock + "): name the asset by its id");
  }

  @Test
  void an_imported_file_is_read_in_the_format_its_name_tells_and_unreadable_lines_are_rejected() {
    fileToRead.set(new SentimentFile("news.ndjson", List.of(row(1, "AAPL", "Newswire", NOW, 0.2), row(3, "AAPL", "Newswire", NOW, 0.9)),
        List.of(new SentimentRejection(2, "json", "unexpected end of input"), new SentimentRejection(4, "score", "'x' is not a number"),
            new SentimentRejection(4, "magnitude", "'y' is not a number"))));

    SentimentReport report = sentiment.useCases.importFile().importFile(new ImportSentimentFileCommand(empty(), "news.ndjson", null)).get();

    assertThat(formatRead.get()).isEqualTo(SentimentFileFormat.JSON_LINES);
    assertThat(report.origin()).isEqualTo("news.ndjson");
    assertThat(report.read()).isEqualTo(4);
    assertThat(report.inserted()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(report.rejections()).extracting(SentimentRejection::row).containsExactly(2L, 3L, 4L, 4L);
  }

  @Test
  void a_file_whose_format_cannot_be_told_or_whose_header_is_wrong_is_invalid_input() {
    Failure unknown = sentiment.useCases.importFile().importFile(new ImportSentimentFileCommand(empty(), "notes.txt", null)).getLeft();
    Failure header = sentiment.useCases.importFile().importFile(new ImportSentimentFileCommand(empty(), "x.txt", SentimentFileFormat.CSV)).getLeft();
    fileToRead.set(null);
    ReadSentimentFilePort broken = (in, origin, format) -> {
      throw new UncheckedIOException(new IOException("disk on fire"));
    };
    Failure unreadable = new ImportSentimentFileService(broken, sentiment.useCases.record())
        .importFile(new ImportSentimentFileCommand(empty(), "a.csv", null)).getLeft();

    assertThat(unknown.message()).isEqualTo("format: cannot tell the format of 'notes.txt': name the file .csv, .jsonl "
        + "or .ndjson, or give the format (csv or jsonl)");
    assertThat(header.message()).isEqualTo("file: x.txt: header 'a,b' lacks the column score");
    assertThat(formatRead.get()).isEqualTo(SentimentFileFormat.CSV);
    assertThat(unreadable.message()).isEqualTo("file: a.csv could not be read: disk on fire");
  }

  @Test
  void the_meter_counts_only_the_lookback_before_as_of_with_the_configured_weights() {
    record(row(1, "AAPL", "Newswire", NOW.minus(Duration.ofHours(12)), 0.8),
        row(2, "AAPL", "Stock Forum", NOW.minus(Duration.ofHours(1)), -0.4),
        row(3, "AAPL", "Stock Forum", NOW.minus(Duration.ofDays(3)), -1.0),
        row(4, "AAPL", "Newswire", NOW.plusSeconds(60), 1.0));

    SentimentMeterReading now = sentiment.useCases.query().meter(apple, null).get();
    SentimentMeter earlier = sentiment.useCases.query().meter(apple, NOW.minus(Duration.ofDays(3))).get().meter();

    assertThat(now.weights()).isEqualTo(WEIGHTS);
    assertThat(now.meter().asOf()).isEqualTo(NOW);
    assertThat(now.meter().count()).isEqualTo(2);
    assertThat(now.meter().count(ReliabilityTier.A)).isEqualTo(1);
    assertThat(now.meter().count(ReliabilityTier.B)).isEqualTo(1);
    double wA = 1.0 * 0.5;
    double wB = 0.5 * Math.pow(2, -1.0 / 12);
    assertThat(now.meter().score()).isCloseTo((wA * 0.8 + wB * -0.4) / (wA + wB), offset(1e-12));
    assertThat(now.meter().newest()).contains(NOW.minus(Duration.ofHours(1)));
    assertThat(earlier.count()).isEqualTo(1);
    assertThat(earlier.score()).isEqualTo(-1.0);
  }

  @Test
  void reads_of_an_unknown_asset_are_not_found_and_observations_come_in_pages() {
    AssetId missing = AssetId.of(999);
    List<SentimentRow> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) rows.add(row(i + 1, "AAPL", "Newswire", NOW.minusSeconds(60L * i), i / 10.0));
    sentiment.useCases.record().record(new RecordSentimentCommand("test", rows));

    Page<SentimentObservation> page = sentiment.useCases.query().observations(
        new SentimentObservationsQuery(apple, NOW.minusSeconds(60 * 8), NOW, new PageRequest(2, 3))).get();

    assertThat(sentiment.useCases.query().meter(missing, null).getLeft()).isEqualTo(new Failure.NotFound("asset", "999"));
    assertThat(sentiment.useCases.query().observations(new SentimentObservationsQuery(missing, NOW, NOW.plusSeconds(1),
        PageRequest.first(1))).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(page.total()).isEqualTo(8);
    assertThat(page.items()).extracting(SentimentObservation::observedAt)
        .containsExactly(NOW.minusSeconds(60 * 6), NOW.minusSeconds(60 * 5), NOW.minusSeconds(60 * 4));
  }

  @Test
  void deleting_an_asset_drops_its_observations() {
    record(row(1, "AAPL", "Newswire", NOW, 0.5));

    market.useCases.deleteAsset().delete(apple);

    assertThat(sentiment.store.count(apple, NOW.minusSeconds(1), NOW.plusSeconds(1))).isZero();
  }

  private static InputStream empty() {
    return new ByteArrayInputStream(new byte[0]);
  }
}
