package io.phasewise.application.sentiment.port.out;

/** Thrown by {@link SaveSentimentSourcePort} when the name is already taken by another source. */
public class DuplicateSentimentSourceException extends RuntimeException {
  public DuplicateSentimentSourceException(String name) {
    super("a sentiment source named '" + name + "' already exists");
  }
}
