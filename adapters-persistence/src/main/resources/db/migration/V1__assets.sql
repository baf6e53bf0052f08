-- Registered instruments of every kind (seeds 000 assets, 001 assets, 002 assets, 004 instruments).
-- Enumerations are varchar + CHECK, not PostgreSQL enums, so adding a value is a plain migration.
-- symbol and type use the "C" collation so that ordering matches Java's String order.
CREATE TABLE assets (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  symbol             varchar(32) COLLATE "C" NOT NULL,
  name               text,
  type               varchar(16) COLLATE "C" NOT NULL,
  exchange           text,
  quote_currency     varchar(10),
  description        text,
  external_ids       jsonb NOT NULL DEFAULT '{}',
  links              jsonb NOT NULL DEFAULT '{}',
  metadata           jsonb NOT NULL DEFAULT '{}',
  market_cap_bucket  varchar(8),
  pe_bucket          varchar(8),
  active             boolean NOT NULL DEFAULT true,
  supported          boolean NOT NULL DEFAULT true,
  circulating_supply numeric,
  total_supply       numeric,
  max_supply         numeric,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT assets_symbol_type_key UNIQUE (symbol, type),
  CONSTRAINT assets_symbol_check CHECK (symbol ~ '^[A-Z0-9^][A-Z0-9.^=_/-]{0,31}$'),
  CONSTRAINT assets_type_check CHECK (type IN ('stock', 'etf', 'crypto', 'stablecoin', 'forex', 'index', 'macro')),
  CONSTRAINT assets_quote_currency_check CHECK (quote_currency ~ '^[A-Z0-9]{2,10}$'),
  CONSTRAINT assets_external_ids_check CHECK (jsonb_typeof(external_ids) = 'object'),
  CONSTRAINT assets_links_check CHECK (jsonb_typeof(links) = 'object'),
  CONSTRAINT assets_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
  CONSTRAINT assets_market_cap_bucket_check CHECK (market_cap_bucket IN ('small', 'mid', 'large')),
  CONSTRAINT assets_pe_bucket_check CHECK (pe_bucket IN ('low', 'medium', 'high')),
  CONSTRAINT assets_supply_crypto_only_check CHECK (
    type IN ('crypto', 'stablecoin')
    OR (circulating_supply IS NULL AND total_supply IS NULL AND max_supply IS NULL)),
  CONSTRAINT assets_supply_non_negative_check CHECK (
    circulating_supply >= 0 AND total_supply >= 0 AND max_supply >= 0),
  CONSTRAINT assets_supply_order_check CHECK (
    circulating_supply <= total_supply AND total_supply <= max_supply AND circulating_supply <= max_supply),
  CONSTRAINT assets_updated_after_created_check CHECK (updated_at >= created_at)
);
