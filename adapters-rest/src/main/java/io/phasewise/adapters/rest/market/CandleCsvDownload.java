package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.paging.PagedItems;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Every candle of a range as CSV, one page after another. Each page starts just after the previous
 * page's last bar (keyset paging), which stays cheap and exact however deep into the history it is.
 */
final class CandleCsvDownload implements CsvDownload.Content {
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
  public void write(Writer out) throws IOException {
    CandleCsv.writeHeader(out);
    PagedItems.forEach(first, this::after, candle -> CandleCsv.writeRow(candle, out));
  }

  private Either<Failure, Page<Candle>> after(Page<Candle> page) {
    Instant lastTime = page.items().get(page.items().size() - 1).time();
    return candles.candles(new CandleQuery(query.asset(), query.interval(), lastTime.plusMillis(1), query.to(),
        query.adjusted(), query.source(), PagedItems.DOWNLOAD_PAGE));
  }
}
