-- Per-bar snapshots (seed 000 market_snapshot and indicator_snapshot, seed 004 features), one row per
-- asset, interval and bar: the three are computed together and always written together, so one
-- row per bar instead of three cuts the write cost threefold.
-- Values are doubles exactly as computed; NULL is a value still warming up (NaN in the domain).
-- extras holds the further named features past their warm-up, as a JSON object of name -> number.
-- No triggers: bulk writes by a superuser run with session_replication_role = replica (see
-- BatchForeignKeys), which skips them.
-- No index beyond the key: every read is a range of one asset's bars (history, latest, and the
-- training rows, which seek each asset's range in asset order). An (interval, bar_time) index would
-- only speed up a short range across all assets, and would slow down every bulk write.
CREATE TABLE snapshots (
  asset_id      bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  interval      varchar(3) NOT NULL,
  bar_time      timestamptz NOT NULL,
  price         double precision,
  change_pct    double precision,
  volume        double precision,
  vwap          double precision,
  volatility_1d double precision,
  rsi_14        double precision,
  macd          double precision,
  macd_signal   double precision,
  atr_14        double precision,
  sma_20        double precision,
  sma_50        double precision,
  ret_1d        double precision,
  ret_5d        double precision,
  ret_20d       double precision,
  momentum_5d   double precision,
  vol_20d       double precision,
  volume_zscore double precision,
  extras        jsonb NOT NULL DEFAULT '{}',
  CONSTRAINT snapshots_pkey PRIMARY KEY (asset_id, interval, bar_time),
  CONSTRAINT snapshots_interval_check CHECK (interval IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  CONSTRAINT snapshots_extras_check CHECK (jsonb_typeof(extras) = 'object')
);

COMMENT ON TABLE snapshots IS
  'The snapshots of one bar (bar_time is its open time), three seed tables in one row: market_snapshot '
  '(price, change_pct, volume, vwap, volatility_1d), indicator_snapshot (rsi_14, macd, macd_signal, '
  'atr_14, sma_20, sma_50) and features (ret_1d, ret_5d, ret_20d, rsi_14, momentum_5d, vol_20d, atr_14, '
  'volume_zscore, and the named extras). NULL: still warming up.';
