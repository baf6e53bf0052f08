-- Portfolios (issue 12). The settings row is owned by Hibernate (optimistic locking through version);
-- the ledger's audit trail and the sync log are append-only logs written and read with jOOQ.
-- Amounts are numeric without a declared scale, so a value reads back with the scale it was written
-- with (1.50 stays 1.50); the checks hold them to the domain's SaneDecimal rule instead (magnitude
-- below 1E18, at most 18 significant decimals, so an 18-decimal crypto quantity is kept exactly).

-- A user's portfolio: its name, base currency, booking method and whether it may hold shorts. A
-- deleted user takes their portfolios along, as with tokens, watchlists and webhooks.
CREATE TABLE portfolios (
  id            uuid PRIMARY KEY,
  version       bigint NOT NULL,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name          text NOT NULL,
  base_currency varchar(10) NOT NULL,
  method        varchar(11) NOT NULL,
  allow_shorts  boolean NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  CONSTRAINT portfolios_version_check CHECK (version >= 0),
  CONSTRAINT portfolios_name_check CHECK (length(name) <= 200),
  CONSTRAINT portfolios_base_currency_check CHECK (base_currency ~ '^[A-Z0-9]{2,10}$'),
  CONSTRAINT portfolios_method_check CHECK (method IN ('FIFO', 'LIFO', 'HIFO', 'AVERAGE', 'SPECIFIC_ID'))
);
CREATE INDEX portfolios_user_idx ON portfolios (user_id, name);

-- The audit trail of a portfolio's ledger: every revision of every event (RECORDED as revision 1,
-- then EDITED or DELETED), each holding the whole event as of that revision, in the order they were
-- made (position from 0). Rows are only ever inserted: an edit or a delete is a new row.
-- The instrument is a tracked asset (asset_id) or an external one (external_symbol), quoted in
-- instrument_currency; cash-only events have none. An asset named by a ledger cannot be deleted
-- (no cascade): deleting it would rewrite users' history. counterpart_id is the other portfolio of
-- a transfer, kept without a foreign key like any other fact of the past. lot_picks, carried_lots,
-- annotations and entry_snapshot are jsonb, NULL when empty; their decimals are JSON strings so
-- they keep their scale. event_time_ns is the time of day in nanoseconds, exactly as the domain
-- orders events by it (a time column keeps microseconds, and jOOQ binds it through java.sql.Time,
-- which keeps whole seconds). A source id's uniqueness among the events in force is the aggregate's rule.
CREATE TABLE ledger_revisions (
  portfolio_id        uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  position            integer NOT NULL,
  event_id            uuid NOT NULL,
  revision            integer NOT NULL,
  kind                varchar(8) NOT NULL,
  revised_at          timestamptz NOT NULL,
  type                varchar(17) NOT NULL,
  event_date          date NOT NULL,
  event_time_ns       bigint NOT NULL,
  sequence            integer NOT NULL,
  asset_id            bigint REFERENCES assets (id),
  external_symbol     text,
  instrument_currency varchar(10),
  quantity            numeric NOT NULL,
  unit_price          numeric NOT NULL,
  currency            varchar(10) NOT NULL,
  gross               numeric NOT NULL,
  fee                 numeric NOT NULL,
  tax                 numeric NOT NULL,
  fx_rate             numeric,
  source_id           text NOT NULL,
  counterpart_id      uuid,
  lot_picks           jsonb,
  carried_lots        jsonb,
  annotations         jsonb,
  entry_snapshot      jsonb,
  CONSTRAINT ledger_revisions_pkey PRIMARY KEY (portfolio_id, position),
  CONSTRAINT ledger_revisions_event_key UNIQUE (portfolio_id, event_id, revision),
  CONSTRAINT ledger_revisions_position_check CHECK (position >= 0),
  CONSTRAINT ledger_revisions_time_check CHECK (event_time_ns BETWEEN 0 AND 86399999999999),
  CONSTRAINT ledger_revisions_kind_check CHECK (kind IN ('RECORDED', 'EDITED', 'DELETED')
    AND revision >= 1 AND (revision = 1) = (kind = 'RECORDED')),
  CONSTRAINT ledger_revisions_type_check CHECK (type IN ('DEPOSIT', 'WITHDRAWAL', 'BUY', 'SELL', 'SELL_SHORT',
    'BUY_TO_COVER', 'DIVIDEND', 'DIVIDEND_REINVEST', 'INTEREST', 'FEE', 'TAX', 'TRANSFER_IN', 'TRANSFER_OUT',
    'DELIVERY_IN', 'DELIVERY_OUT')),
  CONSTRAINT ledger_revisions_instrument_check CHECK (
    num_nonnulls(asset_id, external_symbol) = num_nonnulls(instrument_currency)
    AND (instrument_currency IS NULL) = (type IN ('DEPOSIT', 'WITHDRAWAL', 'INTEREST', 'FEE', 'TAX'))),
  CONSTRAINT ledger_revisions_currency_check CHECK (currency ~ '^[A-Z0-9]{2,10}$'
    AND instrument_currency ~ '^[A-Z0-9]{2,10}$'),
  CONSTRAINT ledger_revisions_amounts_check CHECK (
    quantity >= 0 AND quantity < 1e18 AND min_scale(quantity) <= 18
    AND unit_price >= 0 AND unit_price < 1e18 AND min_scale(unit_price) <= 18
    AND gross >= 0 AND gross < 1e18 AND min_scale(gross) <= 18
    AND fee >= 0 AND fee < 1e18 AND min_scale(fee) <= 18
    AND tax >= 0 AND tax < 1e18 AND min_scale(tax) <= 18
    AND fx_rate > 0 AND fx_rate < 1e18 AND min_scale(fx_rate) <= 18),
  CONSTRAINT ledger_revisions_source_check CHECK (length(source_id) BETWEEN 1 AND 200),
  CONSTRAINT ledger_revisions_counterpart_check CHECK (
    (counterpart_id IS NOT NULL) = (type IN ('TRANSFER_IN', 'TRANSFER_OUT'))),
  CONSTRAINT ledger_revisions_json_check CHECK (jsonb_typeof(lot_picks) = 'array' AND jsonb_typeof(carried_lots) = 'array'
    AND jsonb_typeof(annotations) = 'object' AND jsonb_typeof(entry_snapshot) = 'object')
);
-- For the foreign key check when an asset is deleted.
CREATE INDEX ledger_revisions_asset_idx ON ledger_revisions (asset_id) WHERE asset_id IS NOT NULL;

-- The user's plan per holding (seed 001's position fields: leverage, allocation target and maximum,
-- thesis, timeframe, risk category, portfolio-level stop-loss and take-profit), in the portfolio's
-- order; replaced as a whole when the portfolio is saved.
CREATE TABLE position_plans (
  portfolio_id              uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  position                  integer NOT NULL,
  asset_id                  bigint REFERENCES assets (id),
  external_symbol           text,
  currency                  varchar(10) NOT NULL,
  leverage                  numeric,
  allocation_target_percent numeric,
  max_allocation_percent    numeric,
  thesis                    text,
  timeframe                 text,
  risk_category             text,
  stop_loss                 numeric,
  take_profit               numeric,
  CONSTRAINT position_plans_pkey PRIMARY KEY (portfolio_id, position),
  CONSTRAINT position_plans_position_check CHECK (position >= 0),
  CONSTRAINT position_plans_instrument_check CHECK (num_nonnulls(asset_id, external_symbol) = 1
    AND currency ~ '^[A-Z0-9]{2,10}$')
);
CREATE INDEX position_plans_asset_idx ON position_plans (asset_id) WHERE asset_id IS NOT NULL;

-- Prices the user recorded for external instruments (valid from day on), in the portfolio's order;
-- replaced as a whole when the portfolio is saved.
CREATE TABLE recorded_prices (
  portfolio_id    uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  position        integer NOT NULL,
  external_symbol text NOT NULL,
  currency        varchar(10) NOT NULL,
  day             date NOT NULL,
  price           numeric NOT NULL,
  CONSTRAINT recorded_prices_pkey PRIMARY KEY (portfolio_id, position),
  CONSTRAINT recorded_prices_position_check CHECK (position >= 0),
  CONSTRAINT recorded_prices_currency_check CHECK (currency ~ '^[A-Z0-9]{2,10}$')
);

-- Every import or sync of a portfolio (seed 003 portfolio_sync_log): where the rows came from
-- (source csv, ibkr, kraken, kucoin, yahoo, ghostfolio, manual...; the statement format; the file or
-- feed), when, the counts of rows read, stored, already stored, skipped and refused, how it ended,
-- and the first 100 refusals ("line N: reason") as a JSON array of strings. appended orders runs
-- that started at the same instant.
CREATE TABLE portfolio_sync_log (
  id                   uuid PRIMARY KEY,
  portfolio_id         uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  appended             bigint GENERATED ALWAYS AS IDENTITY,
  source               varchar(32) NOT NULL,
  format               varchar(32),
  origin               text,
  started_at           timestamptz NOT NULL,
  finished_at          timestamptz,
  read_count           integer NOT NULL,
  stored_count         integer NOT NULL,
  already_stored_count integer NOT NULL,
  skipped_count        integer NOT NULL,
  refused_count        integer NOT NULL,
  status               varchar(7) NOT NULL,
  errors               jsonb NOT NULL,
  CONSTRAINT portfolio_sync_log_counts_check CHECK (read_count >= 0 AND stored_count >= 0
    AND already_stored_count >= 0 AND skipped_count >= 0 AND refused_count >= 0),
  CONSTRAINT portfolio_sync_log_status_check CHECK (status IN ('SUCCESS', 'PARTIAL', 'FAILED')),
  CONSTRAINT portfolio_sync_log_errors_check CHECK (jsonb_typeof(errors) = 'array' AND jsonb_array_length(errors) <= 100)
);
CREATE INDEX portfolio_sync_log_portfolio_idx ON portfolio_sync_log (portfolio_id, started_at DESC, appended DESC);
