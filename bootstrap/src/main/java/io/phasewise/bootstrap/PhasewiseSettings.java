package io.phasewise.bootstrap;

import io.phasewise.domain.indicator.IndicatorRegistry;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: where it listens, where it keeps data, and which database it uses (an
 * external PostgreSQL when {@code PHASEWISE_DB_URL} is set, otherwise the embedded one).
 *
 * @param allowedHosts {@code Host} names the server answers to besides its bind host and the loopback names
 *     ({@code PHASEWISE_ALLOWED_HOSTS}: {@code name} on any port or {@code name:port}, comma-separated)
 * @param home directory for Phasewise's own files; the embedded database lives in {@code home/pgdata}
 * @param externalDb the external database, or empty for the embedded one
 * @param snapshotsOnImport whether stored candles bring their snapshots up to date ({@code PHASEWISE_SNAPSHOTS_ON_IMPORT})
 * @param phasesOnImport whether an import replays the phases of its asset at once ({@code PHASEWISE_PHASES_ON_IMPORT})
 * @param sentimentWeights how the sentiment meter weighs observations ({@code PHASEWISE_SENTIMENT_*})
 * @param pipeline how {@code serve} schedules the analysis pipeline ({@code PHASEWISE_PIPELINE_*})
 * @param indicators the indicators served by name: the built-in ones, and an embedder's own registered
 * @param limits what one request may cost the server ({@code PHASEWISE_MAX_*}, {@code _TIMEOUT}, {@code _UPLOAD_THREADS})
 */
public record PhasewiseSettings(String host, int port, List<String> allowedHosts, Path home,
    Optional<ExternalDatabase> externalDb, boolean snapshotsOnImport, boolean phasesOnImport, SentimentWeights sentimentWeights,
    WebhookSettings webhooks, PipelineSettings pipeline, IndicatorRegistry indicators, ServerLimits limits) {

  /** Connection facts of an external PostgreSQL. */
  public record ExternalDatabase(String jdbcUrl, String user, String password) {
    public ExternalDatabase {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("PHASEWISE_DB_URL must be a jdbc:postgresql: URL, not " + jdbcUrl);
      }
    }
  }

  public PhasewiseSettings {
    Objects.requireNonNull(host, "host");
    allowedHosts = List.copyOf(allowedHosts);
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(externalDb, "externalDb");
    Objects.requireNonNull(sentimentWeights, "sentimentWeights");
    Objects.requireNonNull(webhooks, "webhooks");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(limits, "limits");
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in 0..65535: " + port);
  }

  /**
   * Reads {@code PHASEWISE_HOST} (default 127.0.0.1), {@code PHASEWISE_PORT} (8080),
   * {@code PHASEWISE_ALLOWED_HOSTS} (none), {@code PHASEWISE_HOME} ({@code ~/.phasewise}),
   * {@code PHASEWISE_DB_URL}/{@code _USER}/{@code _PASSWORD}
   * and {@code PHASEWISE_SNAPSHOTS_ON_IMPORT} ({@code true}: stored candles bring their snapshots up to
   * date; {@code false} for bulk loads, followed by {@code phasewise recompute}), {@code PHASEWISE_PHASES_ON_IMPORT}
   * ({@code true}: an import replays its asset's phases at once; {@code false} leaves them to the pipeline) and the sentiment
   * weights {@code PHASEWISE_SENTIMENT_HALF_LIFE} and {@code _LOOKBACK} (ISO-8601 durations or hours;
   * 24 hours and 7 days) and {@code PHASEWISE_SENTIMENT_TIER_WEIGHTS} ({@code A=1,B=0.6,C=0.3}), and the webhook
   * settings ({@link WebhookSettings#fromEnvironment}) and the pipeline's schedule
   * ({@link PipelineSettings#fromEnvironment}) and the limits per request ({@link ServerLimits#fromEnvironment}).
   */
  public static PhasewiseSettings fromEnvironment(Map<String, String> env) {
    String url = env.get("PHASEWISE_DB_URL");
    Optional<ExternalDatabase> db = url == null || url.isBlank() ? Optional.empty()
        : Optional.of(new ExternalDatabase(url.trim(), env.getOrDefault("PHASEWISE_DB_USER", "postgres"),
            env.getOrDefault("PHASEWISE_DB_PASSWORD", "")));
    String home = env.get("PHASEWISE_HOME");
    return new PhasewiseSettings(
        env.getOrDefault("PHASEWISE_HOST", "127.0.0.1"),
        parsePort(env.getOrDefault("PHASEWISE_PORT", "8080")),
        Arrays.stream(env.getOrDefault("PHASEWISE_ALLOWED_HOSTS", "").split(",")).map(String::strip)
            .filter(name -> !name.isEmpty()).toList(),
        home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".phasewise") : Path.of(home),
        db,
        flag(env, "PHASEWISE_SNAPSHOTS_ON_IMPORT", true),
        flag(env, "PHASEWISE_PHASES_ON_IMPORT", true),
        SentimentSettings.weights(env),
        WebhookSettings.fromEnvironment(env),
        PipelineSettings.fromEnvironment(env),
        IndicatorRegistry.standard(),
        ServerLimits.fromEnvironment(env));
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PHASEWISE_PORT must be a number, not '" + value + "'", e);
    }
  }

  /** The flag {@code name} of {@code env}: {@code true} or {@code false} in any case, {@code absent} when unset. */
  static boolean flag(Map<String, String> env, String name, boolean absent) {
    String value = env.get(name);
    if (value == null) return absent;
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
    };
  }

  public PhasewiseSettings withPort(int newPort) {
    return new PhasewiseSettings(host, newPort, allowedHosts, home, externalDb, snapshotsOnImport, phasesOnImport,
        sentimentWeights, webhooks, pipeline, indicators, limits);
  }

  public PhasewiseSettings withHome(Path newHome) {
    return new PhasewiseSettings(host, port, allowedHosts, newHome, externalDb, snapshotsOnImport, phasesOnImport,
        sentimentWeights, webhooks, pipeline, indicators, limits);
  }

  /** These settings serving {@code newIndicators}, e.g. {@code IndicatorRegistry.standard().register(mine)}. */
  public PhasewiseSettings withIndicators(IndicatorRegistry newIndicators) {
    return new PhasewiseSettings(host, port, allowedHosts, home, externalDb, snapshotsOnImport, phasesOnImport,
        sentimentWeights, webhooks, pipeline, newIndicators, limits);
  }

  /** These settings with other limits per request (a test's small ones, an embedder's own). */
  public PhasewiseSettings withLimits(ServerLimits newLimits) {
    return new PhasewiseSettings(host, port, allowedHosts, home, externalDb, snapshotsOnImport, phasesOnImport,
        sentimentWeights, webhooks, pipeline, indicators, newLimits);
  }

  /** Data directory of the embedded database. */
  public Path embeddedDataDirectory() {
    return home.resolve("pgdata");
  }
}
