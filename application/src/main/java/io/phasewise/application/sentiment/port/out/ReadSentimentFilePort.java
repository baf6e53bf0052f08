package io.phasewise.application.sentiment.port.out;

import io.phasewise.application.sentiment.model.SentimentFile;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import java.io.InputStream;

/**
 * Outgoing port: reads a file of sentiment observations into rows with their line numbers, turning a
 * line it cannot parse into rejections instead of failing the file, so adapters that receive files
 * need not know how to parse them.
 */
public interface ReadSentimentFilePort {

  /**
   * Reads all of {@code in} and closes it.
   *
   * @param origin the file's name, for messages
   * @throws IllegalArgumentException when the file as a whole does not fit the format (a CSV header
   *     without a required column or with an unknown one), with a message saying what is wrong
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  SentimentFile read(InputStream in, String origin, SentimentFileFormat format);
}
