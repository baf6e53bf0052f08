package io.phasewise.adapters.providers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.CandleFileFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCandleFileReaderTest {
  private final CsvCandleFileReader reader = new CsvCandleFileReader();

  private static List<CandleRow> rows(CandleFeed feed) {
    List<CandleRow> rows = new ArrayList<>();
    for (CandleRow r = feed.next(); r != null; r = feed.next()) rows.add(r);
    return rows;
  }

  private static ByteArrayInputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_the_phasewise_download_format_with_and_without_adjusted_values() {
    String csv = """
        time,open,high,low,close,volume,adj_open,adj_high,adj_low,adj_close,adj_volume,dividend_cash,split_factor,source
        2024-01-02T00:00:00Z,10,12,9,11,1000,,,,,,0,1,feed-a
        2024-01-03T00:00:00Z,11,13,10,12,900,5.5,6.5,5,6,,0.5,2,feed-b
        2024-01-04T00:00:00Z,11,10,10,12,900,,,,,,0,1,feed-b
        """;

    List<CandleRow> rows = rows(reader.open(text(csv), "download.csv", CandleFileFormat.PHASEWISE, false));

    var first = (CandleRow.Good) rows.get(0);
    assertThat(first.candle().time()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    assertThat(first.candle().adjusted()).isNull();
    assertThat(first.candle().source()).isEqualTo("feed-a");
    var second = (CandleRow.Good) rows.get(1);
    assertThat(second.candle().adjusted().close()).isEqualByComparingTo("6");
    assertThat(second.candle().dividendCash()).isEqualByComparingTo("0.5");
    assertThat(second.candle().splitFactor()).isEqualByComparingTo("2");
    assertThat(rows.get(2)).isInstanceOf(CandleRow.Rejected.class);
    assertThat(((CandleRow.Rejected) rows.get(2)).line()).isEqualTo(4);
  }

  @Test
  void reads_yahoo_and_drops_the_in_progress_last_row_when_asked() {
    String csv = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,12,9,11,11,100\n2024-01-03,11,12,10,11,11,50";

    assertThat(rows(reader.open(text(csv), "y.csv", CandleFileFormat.YAHOO, false))).allMatch(r -> r instanceof CandleRow.Good);
    assertThat(rows(reader.open(text(csv), "y.csv", CandleFileFormat.YAHOO, true)).get(1)).isInstanceOf(CandleRow.Rejected.class);
  }
}
