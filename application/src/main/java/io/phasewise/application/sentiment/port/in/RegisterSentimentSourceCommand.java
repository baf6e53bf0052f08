package io.phasewise.application.sentiment.port.in;

import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InputText;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Command: register a sentiment source.
 *
 * @param name unique display name (stripped), 1 to {@value #MAX_NAME_LENGTH} characters
 * @param tier how far it is trusted; {@code null} means {@link SentimentSource#DEFAULT_TIER}
 * @param meta free facts about the source; {@code null} means none
 */
public record RegisterSentimentSourceCommand(String name, SentimentChannel channel, ReliabilityTier tier,
    Map<String, String> meta) {
  public static final int MAX_NAME_LENGTH = 200;

  public RegisterSentimentSourceCommand {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    String problem = nameProblem(name);
    if (problem != null) throw new IllegalArgumentException("name " + problem);
    Objects.requireNonNull(channel, "channel");
    if (tier == null) tier = SentimentSource.DEFAULT_TIER;
    meta = meta == null ? Map.of() : Map.copyOf(meta);
  }

  /**
   * The command for values given as text (a request body, command-line options), or invalid input
   * naming every bad field: {@code channel} is news, social or forum; {@code tier} A, B or C (any case)
   * or null for the default.
   */
  public static Either<Failure, RegisterSentimentSourceCommand> of(String name, String channel, String tier,
      Map<String, String> meta) {
    List<Failure.FieldError> errors = new ArrayList<>();
    String nameProblem = name == null ? "is required" : nameProblem(name.strip());
    if (nameProblem != null) errors.add(new Failure.FieldError("name", nameProblem));
    SentimentChannel parsedChannel = null;
    if (channel == null) {
      errors.add(new Failure.FieldError("channel", "is required: one of " + codes(SentimentChannel.values())));
    } else {
      parsedChannel = SentimentChannel.fromCode(channel).orElse(null);
      if (parsedChannel == null) {
        errors.add(new Failure.FieldError("channel", "must be one of " + codes(SentimentChannel.values()) + ", not '" + channel + "'"));
      }
    }
    ReliabilityTier parsedTier = null;
    if (tier != null) {
      parsedTier = ReliabilityTier.fromCode(tier).orElse(null);
      if (parsedTier == null) errors.add(new Failure.FieldError("tier", "must be one of A, B, C, not '" + tier + "'"));
    }
    InputText.problem(meta).ifPresent(problem -> errors.add(new Failure.FieldError("meta", problem)));
    if (!errors.isEmpty()) {
      String message = errors.stream().map(e -> e.field() + ": " + e.problem()).collect(Collectors.joining("; "));
      return Either.left(new Failure.InvalidInput(message, errors));
    }
    return Either.right(new RegisterSentimentSourceCommand(name, parsedChannel, parsedTier, meta));
  }

  private static String nameProblem(String stripped) {
    if (stripped.isEmpty()) return "must not be blank";
    return InputText.problem(stripped, MAX_NAME_LENGTH).orElse(null);
  }

  private static String codes(SentimentChannel[] channels) {
    return Arrays.stream(channels).map(SentimentChannel::code).collect(Collectors.joining(", "));
  }
}
