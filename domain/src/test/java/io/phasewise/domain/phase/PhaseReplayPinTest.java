package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Pins every state and transition of full replays (AAPL, SPY, BTC-USD, and a synthetic walk with
 * sentiment) to digests taken with the original per-bar classification, so that optimisations of the
 * replay are proven not to change any exposed result: phase, confidence, barsInPhase, asOf, since,
 * rationale (reasons in order, summary) and signals.
 */
class PhaseReplayPinTest {

  @Test
  void aaplReplayIsPinned() {
    PhaseTimeline t = PhaseTimeline.replay(AssetId.of(1), PhaseFixtures.yahoo(PhaseFixtures.AAPL), TradingCalendar.STOCK,
        TitForTatClassifier.standard());
    assertPinned(t, "AAPL_STATES", "AAPL_TRANSITIONS");
  }

  @Test
  void spyReplayIsPinned() {
    PhaseTimeline t = PhaseTimeline.replay(AssetId.of(2), PhaseFixtures.yahoo(PhaseFixtures.SPY), TradingCalendar.STOCK,
        TitForTatClassifier.standard());
    assertPinned(t, "SPY_STATES", "SPY_TRANSITIONS");
  }

  @Test
  void btcReplayIsPinned() {
    PhaseTimeline t = PhaseTimeline.replay(AssetId.of(3), PhaseFixtures.yahoo(PhaseFixtures.BTC), TradingCalendar.CRYPTO,
        TitForTatClassifier.standard());
    assertPinned(t, "BTC_STATES", "BTC_TRANSITIONS");
  }

  @Test
  void syntheticReplayWithSentimentIsPinned() {
    CandleSeries series = PhaseFixtures.regimeWalk(42, 2_520);
    AssetId asset = AssetId.of(4);
    PhaseTimeline t = PhaseTimeline.replay(SnapshotEngine.standard().compute(asset, series, TradingCalendar.CRYPTO),
        TitForTatClassifier.standard(), sentiment());
    assertPinned(t, "SYNTH_STATES", "SYNTH_TRANSITIONS");
  }

  /** A deterministic sentiment by day: none on some days, few or many observations on others. */
  static Function<Instant, SentimentInput> sentiment() {
    return t -> {
      long day = t.toEpochMilli() / 86_400_000L;
      int k = (int) Math.floorMod(day * 2_654_435_761L, 97L);
      if (k < 40) return SentimentInput.NONE;
      double score = (k - 68) / 30.0;
      return new SentimentInput(Math.max(-1, Math.min(1, score)), k % 13, (k % 5) / 4.0, "day " + day);
    };
  }

  private static void assertPinned(PhaseTimeline t, String states, String transitions) {
    String s = statesDigest(t);
    String tr = transitionsDigest(t);
    assertThat(s).isEqualTo(expected(states));
    assertThat(tr).isEqualTo(expected(transitions));
  }

  static String statesDigest(PhaseTimeline t) {
    StringBuilder b = new StringBuilder();
    List<PhaseState> states = t.states();
    for (int i = 0; i < states.size(); i++) {
      PhaseState s = states.get(i);
      b.append(i).append('|').append(s.asset()).append('|').append(s.phase()).append('|')
          .append(Double.doubleToLongBits(s.confidence())).append('|').append(s.barsInPhase()).append('|')
          .append(s.asOf()).append('|').append(s.since()).append('|');
      rationale(b, s.rationale());
      b.append(new TreeMap<>(s.signals()).toString()).append('\n');
    }
    return sha256(b.toString());
  }

  static String transitionsDigest(PhaseTimeline t) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < t.transitions().size(); k++) {
      PhaseTransition tr = t.transitions().get(k);
      b.append(t.transitionBar(k)).append('|').append(tr.asset()).append('|').append(tr.from()).append('|')
          .append(tr.to()).append('|').append(Double.doubleToLongBits(tr.confidence())).append('|')
          .append(tr.changedAt()).append('|');
      rationale(b, tr.rationale());
      b.append('\n');
    }
    return sha256(b.toString());
  }

  private static void rationale(StringBuilder b, Rationale r) {
    b.append(r.summary()).append('|');
    for (Reason reason : r.reasons()) {
      b.append(reason.key()).append(',').append(Double.doubleToLongBits(reason.value())).append(',')
          .append(Double.doubleToLongBits(reason.threshold())).append(',').append(reason.supports()).append(',')
          .append(Double.doubleToLongBits(reason.strength())).append(',').append(reason.text()).append(';');
    }
    b.append('|');
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String expected(String name) {
    return switch (name) {
      case "AAPL_STATES" -> "5402577872dbe88602d508756626bfe0a25e75de85ad72eec3324867aa21d5cd";
      case "AAPL_TRANSITIONS" -> "824a87f3ae8e40383f65467299aa048c12801bf34b210b7eed144560c18d877b";
      case "SPY_STATES" -> "2be9908b849df1c76f34e83caeb12f5a28f2e928c7ac8d25186e0bc72b4a068c";
      case "SPY_TRANSITIONS" -> "9d5cd7826565bfad42b3a899f4ee036410bcdbb8b221ab60873ee38076f77972";
      case "BTC_STATES" -> "5538a2d34ba144c1c43776231a30cf26adefef94f1378d53eb5a618b3fd7a74a";
      case "BTC_TRANSITIONS" -> "65e862ee78fbc5ad1df7cf5f23dcdc273fdf7a94a7e6b42298fbc96188c9f425";
      case "SYNTH_STATES" -> "975bc51154982926986a8bd0d407c9384a65afecd0c555516cf7363af25ccd1b";
      case "SYNTH_TRANSITIONS" -> "93f33b30bfbb73ad2d00ebae52fa71e371b3e6cd5cc30e81132651ea1b75882d";
      default -> throw new IllegalArgumentException(name);
    };
  }
}
