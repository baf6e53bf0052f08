package io.phasewise.adapters.providers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large export is read as it is consumed, never slurped. */
class StreamingTest {

  private static final int ROWS = 200_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(1500, 1, 1);

  @Test
  void a_large_file_is_read_only_as_far_as_rows_are_consumed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("large.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Date,Open,High,Low,Close,Adj Close,Volume\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(FIRST_DAY.plusDays(i) + ",100.25,101.5,99.75,100.5,90.45," + (1_000_000 + i) + "\n");
      }
    }
    long size = Files.size(file);
    assertThat(size).isGreaterThan(10_000_000);

    try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
        CandleFeed feed = YahooCsvCandleSource.create().open(in, "large.csv")) {
      CandleRow first = feed.next();
      assertThat(first).isInstanceOf(CandleRow.Good.class);
      assertThat(in.count).as("bytes read for the first row").isLessThan(256 * 1024);

      long good = 1;
      CandleRow row;
      CandleRow last = first;
      while ((row = feed.next()) != null) {
        if (row instanceof CandleRow.Good) good++;
        last = row;
        if (row.line() == ROWS / 2) assertThat(in.count).as("bytes read halfway").isLessThan(size * 6 / 10);
      }

      assertThat(good).isEqualTo(ROWS);
      assertThat(last.line()).isEqualTo(ROWS + 1);
      assertThat(((CandleRow.Good) last).candle().time())
          .isEqualTo(Instant.parse(FIRST_DAY.plusDays(ROWS - 1) + "T00:00:00Z"));
      assertThat(in.count).isEqualTo(size);
    }
  }

  /** Counts the bytes its reader has pulled. */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) count += n;
      return n;
    }
  }
}
