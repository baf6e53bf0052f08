package io.phasewise.application.sentiment.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Contract every implementation of the sentiment ports passes (fake and database); each test starts
 * from a store without sources or observations.
 */
public abstract class SentimentPortsContract {
  protected static final Instant T0 = Instant.parse("2024-03-01T09:30:00Z");
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  protected abstract LoadSentimentPort load();

  protected abstract LoadSentimentPagesPort pages();

  protected abstract SaveSentimentSourcePort saveSources();

  protected abstract SaveSentimentObservationsPort saveObservations();

  /** Registers a fresh asset the observations can belong to. */
  protected abstract AssetId newAsset(String symbol);

  private SentimentSource source(String name, ReliabilityTier tier) {
    return saveSources().insert(name, SentimentChannel.NEWS, tier, Map.of(), NOW);
  }

  private static SentimentObservation at(AssetId asset, SentimentSource source, long minutes, double score) {
    return SentimentObservation.of(asset, source.id(), T0.plusSeconds(60 * minutes), score, 0);
  }

  @Test
  void a_registered_source_reads_back_with_every_field_and_names_are_unique() {
    assertThat(load().sources()).isEmpty();
    SentimentSource reddit = saveSources().insert("Reddit r/stocks", SentimentChannel.FORUM, ReliabilityTier.C,
        Map.of("url", "https://reddit.com/r/stocks", "language", "en"), NOW);
    SentimentSource wire = saveSources().insert("Newswire", SentimentChannel.NEWS, ReliabilityTier.A, Map.of(), NOW);

    assertThat(reddit.id()).isNotEqualTo(wire.id());
    assertThat(load().sources()).containsOnly(Map.entry(reddit.id(), reddit), Map.entry(wire.id(), wire));
    assertThat(load().sources().get(reddit.id()).meta()).containsEntry("url", "https://reddit.com/r/stocks");
    assertThatThrownBy(() -> saveSources().insert("Newswire", SentimentChannel.SOCIAL, ReliabilityTier.B, Map.of(), NOW))
        .isInstanceOf(DuplicateSentimentSourceException.class).hasMessageContaining("Newswire");
    assertThat(load().sources()).hasSize(2);
  }

  @Test
  void saving_the_same_observations_twice_changes_nothing_and_a_changed_one_is_updated() {
    AssetId asset = newAsset("SENT");
    SentimentSource wire = source("wire", ReliabilityTier.A);
    List<SentimentObservation> batch = List.of(at(asset, wire, 0, 0.5), at(asset, wire, 1, -0.25), at(asset, wire, 2, 0));

    assertThat(saveObservations().saveAll(batch)).isEqualTo(new UpsertCount(3, 0, 0));
    assertThat(saveObservations().saveAll(batch)).isEqualTo(new UpsertCount(0, 0, 3));
    SentimentObservation changed = new SentimentObservation(asset, wire.id(), T0.plusSeconds(60), -0.25, 2.0, Map.of("mentions", 4.0));
    assertThat(saveObservations().saveAll(List.of(changed, at(asset, wire, 3, 1))))
        .isEqualTo(new UpsertCount(1, 1, 0));
    assertThat(load().observations(asset, T0, T0.plusSeconds(600))).containsExactly(
        at(asset, wire, 0, 0.5), changed, at(asset, wire, 2, 0), at(asset, wire, 3, 1));
  }

  @Test
  void every_value_reads_back_as_written() {
    AssetId asset = newAsset("ROUND");
    SentimentSource wire = source("wire", ReliabilityTier.A);
    SentimentObservation odd = new SentimentObservation(asset, wire.id(), Instant.parse("2024-03-01T09:30:00.123456Z"),
        -0.1234567890123456, 1.2345678901234567e300,
        Map.of("tiny", 4.9e-324, "huge", -1.7976931348623157e308, "third", 1.0 / 3, "unicode ä €", 7.0));

    saveObservations().saveAll(List.of(odd));

    assertThat(load().observations(asset, odd.observedAt(), odd.observedAt())).containsExactly(odd);
  }

  @Test
  void a_feature_of_minus_zero_reads_back_as_zero_and_rewriting_it_changes_nothing() {
    AssetId asset = newAsset("ZERO");
    SentimentSource wire = source("wire", ReliabilityTier.A);
    SentimentObservation negativeZero = new SentimentObservation(asset, wire.id(), T0, 0.1, 0, Map.of("delta", -0.0));

    saveObservations().saveAll(List.of(negativeZero));

    assertThat(load().observations(asset, T0, T0).get(0).features()).containsEntry("delta", 0.0);
    assertThat(saveObservations().saveAll(List.of(negativeZero))).isEqualTo(new UpsertCount(0, 0, 1));
  }

  @Test
  void observations_of_several_assets_and_sources_come_back_per_asset_by_time_then_source_within_an_inclusive_range() {
    AssetId a = newAsset("AAA");
    AssetId b = newAsset("BBB");
    SentimentSource first = source("first", ReliabilityTier.A);
    SentimentSource second = source("second", ReliabilityTier.C);
    List<SentimentObservation> all = new ArrayList<>(List.of(
        at(a, second, 5, 0.2), at(a, first, 5, 0.1), at(b, first, 5, 0.9), at(a, first, 0, -1), at(a, first, 10, 1),
        at(a, second, 11, 0.3)));
    Collections.shuffle(all, new Random(7));

    saveObservations().saveAll(all);

    assertThat(load().observations(a, T0, T0.plusSeconds(600))).containsExactly(
        at(a, first, 0, -1), at(a, first, 5, 0.1), at(a, second, 5, 0.2), at(a, first, 10, 1));
    assertThat(load().observations(a, T0.plusSeconds(300), T0.plusSeconds(300)))
        .containsExactly(at(a, first, 5, 0.1), at(a, second, 5, 0.2));
    assertThat(load().observations(b, T0, T0.plusSeconds(6000))).containsExactly(at(b, first, 5, 0.9));
    assertThat(load().observations(a, T0.plusSeconds(1), T0)).isEmpty();
  }

  @Test
  void pages_are_half_open_ranges_skipping_and_limiting_in_key_order() {
    AssetId a = newAsset("PAGE");
    SentimentSource first = source("first", ReliabilityTier.A);
    SentimentSource second = source("second", ReliabilityTier.B);
    List<SentimentObservation> batch = new ArrayList<>();
    for (int m = 0; m < 20; m++) {
      batch.add(at(a, first, m, m / 20.0));
      batch.add(at(a, second, m, -m / 20.0));
    }
    saveObservations().saveAll(batch);
    Instant from = T0.plusSeconds(60 * 5);
    Instant to = T0.plusSeconds(60 * 10);

    assertThat(pages().count(a, from, to)).isEqualTo(10);
    assertThat(pages().observations(a, from, to, 3, 4)).containsExactly(
        at(a, second, 6, -6 / 20.0), at(a, first, 7, 7 / 20.0), at(a, second, 7, -7 / 20.0), at(a, first, 8, 8 / 20.0));
    assertThat(pages().observations(a, from, to, 9, 100)).containsExactly(at(a, second, 9, -9 / 20.0));
    assertThat(pages().observations(a, from, from, 0, 100)).isEmpty();
    assertThat(pages().count(newAsset("NONE"), from, to)).isZero();
  }

  @Test
  void a_large_batch_round_trips_and_replays_unchanged() {
    AssetId a = newAsset("BULK");
    AssetId b = newAsset("BULK2");
    SentimentSource wire = source("wire", ReliabilityTier.A);
    SentimentSource forum = source("forum", ReliabilityTier.C);
    List<SentimentObservation> batch = new ArrayList<>();
    for (int m = 0; m < 600; m++) {
      batch.add(new SentimentObservation(m % 3 == 0 ? b : a, m % 2 == 0 ? wire.id() : forum.id(), T0.plusSeconds(60L * m),
          Math.sin(m), m % 5, Map.of("m", (double) m)));
    }
    Collections.shuffle(batch, new Random(11));

    assertThat(saveObservations().saveAll(batch)).isEqualTo(new UpsertCount(600, 0, 0));
    assertThat(saveObservations().saveAll(batch)).isEqualTo(new UpsertCount(0, 0, 600));
    List<SentimentObservation> changed = new ArrayList<>(batch);
    changed.replaceAll(o -> o.observedAt().getEpochSecond() % 120 == 0
        ? new SentimentObservation(o.asset(), o.source(), o.observedAt(), -o.score() / 2, o.magnitude(), o.features()) : o);
    long different = batch.stream().filter(o -> o.observedAt().getEpochSecond() % 120 == 0 && o.score() != 0).count();
    assertThat(saveObservations().saveAll(changed)).isEqualTo(new UpsertCount(0, different, 600 - different));
    assertThat(pages().count(a, T0, T0.plusSeconds(60 * 600)) + pages().count(b, T0, T0.plusSeconds(60 * 600))).isEqualTo(600);
  }

  @Test
  void a_batch_naming_an_unknown_source_or_asset_is_refused_whole() {
    AssetId a = newAsset("FK");
    SentimentSource wire = source("wire", ReliabilityTier.A);
    SentimentObservation good = at(a, wire, 0, 0.5);
    SentimentObservation unknownSource = SentimentObservation.of(a, SentimentSourceId.of(wire.id().value() + 1000), T0, 0.5, 0);
    SentimentObservation unknownAsset = SentimentObservation.of(AssetId.of(a.value() + 1000), wire.id(), T0, 0.5, 0);

    assertThatThrownBy(() -> saveObservations().saveAll(List.of(good, unknownSource))).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> saveObservations().saveAll(List.of(good, unknownAsset))).isInstanceOf(RuntimeException.class);
    assertThat(load().observations(a, T0, T0.plusSeconds(60))).isEmpty();
  }
}
