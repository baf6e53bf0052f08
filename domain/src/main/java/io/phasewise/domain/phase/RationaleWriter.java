package io.phasewise.domain.phase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Writes the {@link Rationale} of a tit-for-tat phase: its reasons in order of support and a one-line summary. */
final class RationaleWriter {
  private static final int SUMMARY_REASONS = 3;

  private RationaleWriter() {}

  /** While SMA50 is unknown: the reasons as found and how many market signals are known. */
  static Rationale warmingUp(Phase kept, BarEvidence evidence, int known) {
    String summary = String.format(Locale.ROOT, "%s: warming up, %d of %d signals known", kept, known,
        BarConditions.MARKET_SIGNALS);
    return new Rationale(evidence.reasons, summary);
  }

  /**
   * The reasons supporting {@code phase} first (a crash shock and recovery signs before the rest, then
   * the strongest), and a summary with the phase, the phase of the bar before ({@code from}, null on a
   * first bar) when it differs, the start {@code since}, the confidence and the first supporting reasons.
   */
  static Rationale of(Phase phase, BarEvidence evidence, Phase from, Instant since, double confidence) {
    List<Reason> ordered = new ArrayList<>(evidence.reasons);
    ordered.sort(Comparator.comparing((Reason r) -> !supports(r, phase))
        .thenComparing(r -> !r.key().equals(TitForTatClassifier.SHOCK) && r.supports() != Phase.FORGIVE)
        .thenComparing(r -> -r.strength()));
    StringBuilder summary = new StringBuilder();
    summary.append(phase).append(from == null || from == phase ? " since " : " (from " + from + ") since ")
        .append(since.atOffset(ZoneOffset.UTC).toLocalDate())
        .append(String.format(Locale.ROOT, ", confidence %.2f", confidence));
    int shown = 0;
    for (Reason r : ordered) {
      if (shown == SUMMARY_REASONS || !supports(r, phase) || r.strength() == 0) break;
      summary.append(shown == 0 ? ": " : "; ").append(r.text());
      shown++;
    }
    return new Rationale(ordered, summary.toString());
  }

  /** FORGIVE is argued for by recovery reasons and by bullish (COOP) evidence. */
  private static boolean supports(Reason r, Phase phase) {
    return r.supports() == phase || (phase == Phase.FORGIVE && r.supports() == Phase.COOP);
  }
}
