-- OHLCV bars (seeds 001 price_data, 002 candle, 004 price_bars), unique by natural key.
-- The key leads with asset_id so that a sharded PostgreSQL can distribute on it.
-- ts is the bar's open time; adjusted prices are the provider's, all four or none.
CREATE TABLE candles (
  asset_id     bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  interval     varchar(3) NOT NULL,
  ts           timestamptz NOT NULL,
  source       text NOT NULL,
  open         numeric NOT NULL,
  high         numeric NOT NULL,
  low          numeric NOT NULL,
  close        numeric NOT NULL,
  volume       numeric NOT NULL,
  adj_open     numeric,
  adj_high     numeric,
  adj_low      numeric,
  adj_close    numeric,
  adj_volume   numeric,
  div_cash     numeric NOT NULL DEFAULT 0,
  split_factor numeric NOT NULL DEFAULT 1,
  CONSTRAINT candles_pkey PRIMARY KEY (asset_id, interval, ts, source),
  CONSTRAINT candles_interval_check CHECK (interval IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  CONSTRAINT candles_source_check CHECK (source ~ '\S'),
  CONSTRAINT candles_ohlc_check CHECK (low <= open AND open <= high AND low <= close AND close <= high),
  CONSTRAINT candles_volume_check CHECK (volume >= 0),
  CONSTRAINT candles_adjusted_complete_check CHECK (
    (adj_open IS NULL AND adj_high IS NULL AND adj_low IS NULL AND adj_close IS NULL AND adj_volume IS NULL)
    OR (adj_open IS NOT NULL AND adj_high IS NOT NULL AND adj_low IS NOT NULL AND adj_close IS NOT NULL)),
  CONSTRAINT candles_adjusted_ohlc_check CHECK (
    adj_low <= adj_open AND adj_open <= adj_high AND adj_low <= adj_close AND adj_close <= adj_high),
  CONSTRAINT candles_adj_volume_check CHECK (adj_volume >= 0),
  CONSTRAINT candles_div_cash_check CHECK (div_cash >= 0),
  CONSTRAINT candles_split_factor_check CHECK (split_factor > 0)
);

-- Corporate actions are rare: a partial index finds them without scanning a series.
CREATE INDEX candles_corporate_actions_idx ON candles (asset_id, interval, ts)
  WHERE div_cash <> 0 OR split_factor <> 1;
