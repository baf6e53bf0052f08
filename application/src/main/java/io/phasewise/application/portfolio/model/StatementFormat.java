package io.phasewise.application.portfolio.model;

/** The layouts of broker and exchange statements a portfolio can import. */
public enum StatementFormat {
  /** Phasewise's own documented CSV, also what a ledger export writes. */
  PHASEWISE_CSV,
  /** Any CSV, its columns named by a mapping from Phasewise field to header. */
  COLUMN_MAPPED_CSV,
  /** Interactive Brokers Flex Query, Trades section, CSV. */
  IBKR_FLEX_TRADES,
  /** Kraken ledger export (ledgers.csv). */
  KRAKEN_LEDGER,
  /** Kraken trades export (trades.csv). */
  KRAKEN_TRADES,
  /** KuCoin spot trade history export. */
  KUCOIN_TRADES,
  /** Yahoo Finance portfolio download (quotes.csv). */
  YAHOO_PORTFOLIO,
  /** Ghostfolio activities export, CSV. */
  GHOSTFOLIO_CSV,
  /** Ghostfolio activities export, JSON. */
  GHOSTFOLIO_JSON
}
