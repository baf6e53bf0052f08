-- Trades and quotes (seed 002 ticks), unique by natural key (asset, time, source).
CREATE TABLE ticks (
  asset_id bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  ts       timestamptz NOT NULL,
  source   text NOT NULL,
  price    numeric,
  size     numeric,
  bid      numeric,
  ask      numeric,
  bid_size numeric,
  ask_size numeric,
  CONSTRAINT ticks_pkey PRIMARY KEY (asset_id, ts, source),
  CONSTRAINT ticks_source_check CHECK (source ~ '\S'),
  CONSTRAINT ticks_trade_or_quote_check CHECK (price IS NOT NULL OR bid IS NOT NULL OR ask IS NOT NULL),
  CONSTRAINT ticks_trade_complete_check CHECK ((price IS NULL) = (size IS NULL)),
  CONSTRAINT ticks_prices_positive_check CHECK (price > 0 AND bid > 0 AND ask > 0),
  CONSTRAINT ticks_sizes_non_negative_check CHECK (size >= 0 AND bid_size >= 0 AND ask_size >= 0),
  CONSTRAINT ticks_spread_check CHECK (bid <= ask)
);
