package io.phasewise.application.sentiment.service;

import io.phasewise.application.sentiment.model.SentimentFile;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileCommand;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileUseCase;
import io.phasewise.application.sentiment.port.in.RecordSentimentCommand;
import io.phasewise.application.sentiment.port.in.RecordSentimentUseCase;
import io.phasewise.application.sentiment.port.in.SentimentReport;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a sentiment file through {@link ReadSentimentFilePort} and records its rows like any other batch. */
public final class ImportSentimentFileService implements ImportSentimentFileUseCase {
  private final ReadSentimentFilePort files;
  private final RecordSentimentUseCase record;

  public ImportSentimentFileService(ReadSentimentFilePort files, RecordSentimentUseCase record) {
    this.files = files;
    this.record = record;
  }

  @Override
  public Either<Failure, SentimentReport> importFile(ImportSentimentFileCommand command) {
    String origin = command.origin();
    SentimentFileFormat format = command.format() != null ? command.format() : SentimentFileFormat.ofFileName(origin).orElse(null);
    if (format == null) {
      close(command.in());
      return Either.left(Failure.InvalidInput.of("format", "cannot tell the format of '" + origin
          + "': name the file .csv, .jsonl or .ndjson, or give the format (csv or jsonl)"));
    }
    SentimentFile file;
    try {
      file = files.read(command.in(), origin, format);
    } catch (IllegalArgumentException wrongShape) {
      String problem = wrongShape.getMessage() == null ? "is not a " + format.code() + " sentiment file" : wrongShape.getMessage();
      return Either.left(Failure.InvalidInput.of("file", problem.startsWith(origin) ? problem : origin + ": " + problem));
    } catch (UncheckedIOException unreadable) {
      return Either.left(Failure.InvalidInput.of("file", origin + " could not be read: " + unreadable.getCause().getMessage()));
    }
    return record.record(new RecordSentimentCommand(origin, file.rows(), file.unreadable()));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was read from it: the failure reported is the unknown format
    }
  }
}
