package io.phasewise.bootstrap;

import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code serve} runs the analysis pipeline on a schedule.
 *
 * @param every pause between the end of one scheduled run and the start of the next (the first run
 *     comes one pause after the start); empty when the schedule is off
 * @param interval the bar interval every scheduled run analyses
 */
public record PipelineSettings(Optional<Duration> every, Interval interval) {

  public PipelineSettings {
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(interval, "interval");
    every.ifPresent(pause -> {
      if (pause.isNegative() || pause.isZero()) throw new IllegalArgumentException("PHASEWISE_PIPELINE_EVERY must be positive");
    });
  }

  /** Every 15 minutes, on daily bars. */
  public static PipelineSettings defaults() {
    return new PipelineSettings(Optional.of(Duration.ofMinutes(15)), Interval.D1);
  }

  /**
   * Reads {@code PHASEWISE_PIPELINE_EVERY} (default {@code 15m}; a duration as for
   * {@link WebhookSettings#fromEnvironment}, or {@code off} or {@code 0} for no schedule) and
   * {@code PHASEWISE_PIPELINE_INTERVAL} (default {@code 1d}).
   */
  public static PipelineSettings fromEnvironment(Map<String, String> env) {
    String every = env.getOrDefault("PHASEWISE_PIPELINE_EVERY", "15m");
    String interval = env.getOrDefault("PHASEWISE_PIPELINE_INTERVAL", "1d").strip();
    return new PipelineSettings(schedule(every),
        Interval.fromCode(interval).orElseThrow(() -> new IllegalArgumentException(
            "PHASEWISE_PIPELINE_INTERVAL must be one of 1m 5m 15m 30m 1h 4h 1d 1w, not '" + interval + "'")));
  }

  private static Optional<Duration> schedule(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (text.equals("off") || text.equals("0")) return Optional.empty();
    Duration every = WebhookSettings.duration("PHASEWISE_PIPELINE_EVERY", value);
    return every.isZero() ? Optional.empty() : Optional.of(every);
  }
}
