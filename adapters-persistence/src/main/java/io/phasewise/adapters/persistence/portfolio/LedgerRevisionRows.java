package io.phasewise.adapters.persistence.portfolio;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.LEDGER_REVISIONS;

import io.phasewise.adapters.persistence.timeseries.CopyWriter;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.RevisionKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;

/**
 * Maps ledger revisions, each with the whole event it holds, to and from {@code ledger_revisions}.
 * Written by hand for speed (a 10,000-event ledger is one read and one write): rows are read straight
 * from the result set, and written in one {@code COPY} in its text format, decimals in plain notation
 * so that they keep their scale.
 */
final class LedgerRevisionRows {
  /** The columns {@link Reader#read} expects, in this order. */
  static final List<Field<?>> READ = List.of(LEDGER_REVISIONS.EVENT_ID, LEDGER_REVISIONS.REVISION, LEDGER_REVISIONS.KIND,
      LEDGER_REVISIONS.REVISED_AT, LEDGER_REVISIONS.TYPE, LEDGER_REVISIONS.EVENT_DATE, LEDGER_REVISIONS.EVENT_TIME_NS,
      LEDGER_REVISIONS.SEQUENCE, LEDGER_REVISIONS.ASSET_ID, LEDGER_REVISIONS.EXTERNAL_SYMBOL,
      LEDGER_REVISIONS.INSTRUMENT_CURRENCY, LEDGER_REVISIONS.QUANTITY, LEDGER_REVISIONS.UNIT_PRICE, LEDGER_REVISIONS.CURRENCY,
      LEDGER_REVISIONS.GROSS, LEDGER_REVISIONS.FEE, LEDGER_REVISIONS.TAX, LEDGER_REVISIONS.FX_RATE, LEDGER_REVISIONS.SOURCE_ID,
      LEDGER_REVISIONS.COUNTERPART_ID, LEDGER_REVISIONS.LOT_PICKS, LEDGER_REVISIONS.CARRIED_LOTS, LEDGER_REVISIONS.ANNOTATIONS,
      LEDGER_REVISIONS.ENTRY_SNAPSHOT);

  /** Appends rows in the order {@link #copy} writes their columns. */
  static final String COPY = """
      COPY ledger_revisions (portfolio_id, position, event_id, revision, kind, revised_at, type, event_date, event_time_ns,
        sequence, asset_id, external_symbol, instrument_currency, quantity, unit_price, currency, gross, fee, tax, fx_rate,
        source_id, counterpart_id, lot_picks, carried_lots, annotations, entry_snapshot) FROM STDIN""";

  private LedgerRevisionRows() {}

  /** Writes {@code revisions} as rows of {@link #COPY} for {@code portfolio}, the first stored at {@code firstPosition}. */
  static void copy(PortfolioId portfolio, int firstPosition, List<LedgerRevision> revisions, CopyWriter out) throws SQLException {
    String portfolioId = portfolio.value().toString();
    for (int i = 0; i < revisions.size(); i++) {
      LedgerRevision revision = revisions.get(i);
      LedgerEvent e = revision.event();
      Instrument instrument = e.instrument();
      Long asset = PortfolioValues.assetId(instrument);
      out.text(portfolioId);
      out.number(firstPosition + i);
      out.text(revision.eventId().toString());
      out.number(revision.revision());
      out.text(revision.kind().name());
      out.time(revision.at());
      out.text(e.type().name());
      out.text(e.date().toString());
      out.number(e.time().toNanoOfDay());
      out.number(e.sequence());
      out.text(asset == null ? null : asset.toString());
      out.text(PortfolioValues.externalSymbol(instrument));
      out.text(instrument == null ? null : instrument.currency().code());
      out.number(e.quantity());
      out.number(e.unitPrice());
      out.text(e.currency().code());
      out.number(e.gross());
      out.number(e.fee());
      out.number(e.tax());
      out.number(e.recordedFxRate());
      out.text(e.sourceId());
      out.text(e.counterpart() == null ? null : e.counterpart().toString());
      out.text(json(LedgerJson.lotPicks(e.lotPicks())));
      out.text(json(LedgerJson.carriedLots(e.carriedLots())));
      out.text(json(LedgerJson.annotations(e.annotations())));
      out.text(json(LedgerJson.entrySnapshot(e.entrySnapshot())));
      out.endRow();
    }
  }

  private static String json(JSONB value) {
    return value == null ? null : value.data();
  }

  /** Reads rows of {@link #READ}, sharing the currencies and instruments of one ledger instead of checking each again. */
  static final class Reader {
    private final Map<String, CurrencyCode> currencies = new HashMap<>();
    private final Map<String, Instrument> instruments = new HashMap<>();

    LedgerRevision read(ResultSet rs) throws SQLException {
      LedgerEventId id = LedgerEventId.of(rs.getObject(1, UUID.class));
      LedgerEvent event = new LedgerEvent(id, PortfolioValues.decode(LedgerEventType.class, "ledger event type", rs.getString(5)),
          rs.getObject(6, LocalDate.class), LocalTime.ofNanoOfDay(rs.getLong(7)), rs.getInt(8),
          instrument(rs.getLong(9), rs.wasNull(), rs.getString(10), rs.getString(11)), rs.getBigDecimal(12), rs.getBigDecimal(13),
          currency(rs.getString(14)), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18),
          rs.getString(19), LedgerJson.lotPicks(jsonb(rs, 21)), PortfolioValues.portfolioId(rs.getObject(20, UUID.class)),
          LedgerJson.carriedLots(jsonb(rs, 22)), LedgerJson.annotations(jsonb(rs, 23)), LedgerJson.entrySnapshot(jsonb(rs, 24)));
      return new LedgerRevision(id, rs.getInt(2), PortfolioValues.decode(RevisionKind.class, "revision kind", rs.getString(3)),
          event, rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    private CurrencyCode currency(String code) {
      return currencies.computeIfAbsent(code, CurrencyCode::new);
    }

    private Instrument instrument(long assetId, boolean noAsset, String externalSymbol, String currency) {
      if (currency == null) return null;
      String key = noAsset ? "external " + externalSymbol + " " + currency : assetId + " " + currency;
      return instruments.computeIfAbsent(key, k -> noAsset
          ? new Instrument.External(externalSymbol, currency(currency))
          : new Instrument.Tracked(new AssetId(assetId), currency(currency)));
    }

    private static JSONB jsonb(ResultSet rs, int column) throws SQLException {
      String json = rs.getString(column);
      return json == null ? null : JSONB.valueOf(json);
    }
  }
}
