package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Candle;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Streams every candle of a range as CSV, one page after another, so a download of any length
 * holds one page in memory. Each page starts just after the previous page's last bar (keyset
 * paging), which stays cheap and exact however deep into the history it is.
 */
final class CandleCsvDownload implements StreamingOutput {
  static final PageRequest PAGE = PageRequest.first(PageRequest.MAX_LIMIT);

  private final QueryCandlesUseCase candles;
  private final CandleQuery query;
  private final Page<Candle> first;

  /** {@code first} is the page of {@code query}, read before the response starts so failures become problems. */
  CandleCsvDownload(QueryCandlesUseCase candles, CandleQuery query, Page<Candle> first) {
    this.candles = candles;
    this.query = query;
    this.first = first;
  }

  @Override
  public void write(OutputStream output) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
    CandleCsv.writeHeader(out);
    Page<Candle> page = first;
    while (true) {
      for (Candle candle : page.items()) CandleCsv.writeRow(candle, out);
      if (!page.hasNext() || page.items().isEmpty()) break;
      page = nextPage(page.items().get(page.items().size() - 1).time());
    }
    out.flush();
  }

  private Page<Candle> nextPage(Instant lastTime) throws IOException {
    CandleQuery rest = new CandleQuery(query.asset(), query.interval(), lastTime.plusMillis(1), query.to(),
        query.adjusted(), query.source(), PAGE);
    // the status line has gone out: all that is left is to break the transfer so the client sees it incomplete
    return candles.candles(rest).getOrElseThrow(failure -> new IOException("download aborted: " + failure.message()));
  }
}
