package io.phasewise.application.market.service;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.InputStream;

/** Opening a candle file as a feed, with a header that does not match its format as an invalid input naming the file. */
final class CandleFiles {
  private CandleFiles() {}

  static Either<Failure, CandleFeed> open(ReadCandleFilePort files, InputStream in, String origin, CandleFileFormat format,
      boolean lastRowInProgress) {
    try {
      return Either.right(files.open(in, origin, format, lastRowInProgress));
    } catch (IllegalArgumentException badHeader) {
      String problem = badHeader.getMessage() == null ? "cannot be read as " + format : badHeader.getMessage();
      return Either.left(Failure.InvalidInput.of("file", problem.startsWith(origin) ? problem : origin + ": " + problem));
    }
  }
}
