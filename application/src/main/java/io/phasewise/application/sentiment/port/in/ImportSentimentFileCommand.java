package io.phasewise.application.sentiment.port.in;

import io.phasewise.application.sentiment.model.SentimentFileFormat;
import java.io.InputStream;
import java.util.Objects;

/**
 * Command: import the sentiment file read from {@code in}, closing it when done.
 *
 * @param origin the file's name, for the report and to tell the format by extension
 * @param format how the file is written; {@code null} to tell by the extension of {@code origin}
 */
public record ImportSentimentFileCommand(InputStream in, String origin, SentimentFileFormat format) {
  public ImportSentimentFileCommand {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
  }
}
