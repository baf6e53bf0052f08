package io.phasewise.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of a README: every command of its {@code ```sh} blocks, continuation lines joined
 * and trailing comments dropped, except the blocks right after a
 * {@code <!-- readme-test: not run: <reason> -->} line, which are listed with their reason instead.
 */
final class ReadmeExamples {
  private static final Pattern NOT_RUN = Pattern.compile("<!-- readme-test: not run: (.+) -->");

  /** One command as written, and the README line it starts on. */
  record Example(int line, String command) {
    @Override
    public String toString() {
      return "README.md:" + line + ": " + command;
    }
  }

  /** A block the README marks as not run, and why. */
  record NotRun(int line, String reason) {}

  private final List<Example> examples = new ArrayList<>();
  private final List<NotRun> notRun = new ArrayList<>();

  private ReadmeExamples() {}

  static ReadmeExamples parse(String readme) {
    ReadmeExamples parsed = new ReadmeExamples();
    List<String> lines = readme.lines().toList();
    String reason = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher marker = NOT_RUN.matcher(line);
      if (marker.matches()) {
        reason = marker.group(1);
      } else if (line.startsWith("```")) {
        int end = closingFence(lines, i);
        if (line.equals("```sh") && reason != null) parsed.notRun.add(new NotRun(i + 2, reason));
        else if (line.equals("```sh")) parsed.commands(lines, i + 1, end);
        reason = null;
        i = end;
      } else if (!line.isEmpty()) {
        reason = null;
      }
    }
    return parsed;
  }

  List<Example> examples() {
    return examples;
  }

  List<NotRun> notRun() {
    return notRun;
  }

  private static int closingFence(List<String> lines, int open) {
    for (int i = open + 1; i < lines.size(); i++) if (lines.get(i).strip().equals("```")) return i;
    throw new IllegalArgumentException("README.md:" + (open + 1) + ": code block never closed");
  }

  private void commands(List<String> lines, int from, int to) {
    StringBuilder command = new StringBuilder();
    int start = 0;
    for (int i = from; i < to; i++) {
      String line = withoutComment(lines.get(i)).strip();
      if (command.length() == 0 && line.isEmpty()) continue;
      if (command.length() == 0) start = i + 1;
      boolean continued = line.endsWith("\\");
      command.append(continued ? line.substring(0, line.length() - 1).strip() + " " : line);
      if (!continued) {
        examples.add(new Example(start, command.toString()));
        command.setLength(0);
      }
    }
  }

  /** {@code line} up to a {@code #} that starts a shell comment: outside quotes, at the start or after a blank. */
  static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
