-- Users, API tokens, watchlists and webhook subscriptions: user-owned aggregates, owned by Hibernate
-- (optimistic locking through version). Deliveries and their attempts are a log, owned by jOOQ.
CREATE TABLE users (
  id         uuid PRIMARY KEY,
  version    bigint NOT NULL,
  email      text NOT NULL,
  settings   jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT users_settings_check CHECK (jsonb_typeof(settings) = 'object'),
  CONSTRAINT users_email_check CHECK (email = lower(email) AND email LIKE '_%@_%')
);
CREATE UNIQUE INDEX users_email_key ON users (email);

-- Personal API tokens: only a SHA-256 hash of the secret is stored; prefix is the first characters,
-- shown in listings so a person can tell tokens apart.
CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY,
  version      bigint NOT NULL,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  prefix       text NOT NULL,
  secret_hash  bytea NOT NULL,
  created_at   timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  CONSTRAINT api_tokens_hash_key UNIQUE (secret_hash),
  CONSTRAINT api_tokens_hash_check CHECK (length(secret_hash) = 32)
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- One ordered watchlist per user (seed 000 user_asset); position is the display order from 0.
CREATE TABLE watchlists (
  user_id    uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  version    bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE watchlist_items (
  user_id  uuid NOT NULL REFERENCES watchlists (user_id) ON DELETE CASCADE,
  position integer NOT NULL,
  asset_id bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  CONSTRAINT watchlist_items_pkey PRIMARY KEY (user_id, position),
  CONSTRAINT watchlist_items_asset_key UNIQUE (user_id, asset_id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT watchlist_items_position_check CHECK (position >= 0)
);
CREATE INDEX watchlist_items_asset_idx ON watchlist_items (asset_id);

-- A user's webhook: where to POST phase events, the HMAC-SHA256 secret that signs them, and which
-- events: no rows in webhook_subscription_assets = every asset; none in _phases = every phase.
CREATE TABLE webhook_subscriptions (
  id          uuid PRIMARY KEY,
  version     bigint NOT NULL,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  url         text NOT NULL,
  secret      text NOT NULL,
  description text NOT NULL DEFAULT '',
  active      boolean NOT NULL,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX webhook_subscriptions_user_idx ON webhook_subscriptions (user_id);

-- asset_id has no foreign key on purpose: a deleted asset's id stays in the filter and matches nothing,
-- where a cascade would empty the filter and widen the subscription to every asset.
CREATE TABLE webhook_subscription_assets (
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  asset_id        bigint NOT NULL,
  CONSTRAINT webhook_subscription_assets_pkey PRIMARY KEY (subscription_id, asset_id)
);

CREATE TABLE webhook_subscription_phases (
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  phase           varchar(7) NOT NULL,
  CONSTRAINT webhook_subscription_phases_pkey PRIMARY KEY (subscription_id, phase),
  CONSTRAINT webhook_subscription_phases_phase_check CHECK (phase IN ('COOP', 'DEFECT', 'FORGIVE'))
);

-- One delivery per event and matching subscription; its id is the idempotency key the receiver
-- sees on every attempt. status: PENDING (next_attempt_at set), DELIVERED, FAILED (gave up).
CREATE TABLE webhook_deliveries (
  id              uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id        uuid NOT NULL REFERENCES phase_events (id) ON DELETE CASCADE,
  status          varchar(9) NOT NULL,
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  created_at      timestamptz NOT NULL,
  finished_at     timestamptz,
  CONSTRAINT webhook_deliveries_event_key UNIQUE (subscription_id, event_id),
  CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  CONSTRAINT webhook_deliveries_next_check CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
  CONSTRAINT webhook_deliveries_attempts_check CHECK (attempts >= 0)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at DESC);

-- The delivery log: every attempt with the receiver's status code or the error.
CREATE TABLE webhook_attempts (
  delivery_id  uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt      integer NOT NULL,
  attempted_at timestamptz NOT NULL,
  status_code  integer,
  error        text,
  duration_ms  bigint NOT NULL,
  CONSTRAINT webhook_attempts_pkey PRIMARY KEY (delivery_id, attempt),
  CONSTRAINT webhook_attempts_attempt_check CHECK (attempt >= 1),
  CONSTRAINT webhook_attempts_outcome_check CHECK (status_code IS NOT NULL OR error IS NOT NULL)
);
