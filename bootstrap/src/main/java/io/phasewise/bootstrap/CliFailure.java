package io.phasewise.bootstrap;

import java.util.ArrayList;
import java.util.List;

/** What the command line prints when a command cannot go on: one line, never a stack trace. */
final class CliFailure {
  /** Causes whose message is added, at most. */
  private static final int CAUSES = 3;

  private CliFailure() {}

  /**
   * The failure's message followed by those of its causes that add something ({@code cannot read x:
   * Permission denied}), or its type when nothing has a message.
   */
  static String oneLine(Throwable failure) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = failure; t != null && parts.size() < CAUSES; t = t.getCause()) {
      String message = t.getMessage();
      if (message == null || message.isBlank()) continue;
      String line = message.strip().lines().findFirst().orElse("");
      if (parts.stream().noneMatch(p -> p.contains(line))) parts.add(line);
    }
    return parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts);
  }
}
