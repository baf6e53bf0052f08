-- Phases (seed 000 phase_state, phase_history) and the outbox of phase events, owned by jOOQ.
-- A phase is computed on one bar interval of an asset (the dashboard's is 1d), so "exactly one
-- current row per asset" is one row per asset and interval. State, transitions and events of one
-- recompute are written in one transaction.
CREATE TABLE phase_states (
  asset_id      bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  interval      varchar(3) NOT NULL,
  phase         varchar(7) NOT NULL,
  confidence    double precision NOT NULL,
  summary       text NOT NULL,
  reasons       jsonb NOT NULL,
  signals       jsonb NOT NULL DEFAULT '{}',
  as_of         timestamptz NOT NULL,
  since         timestamptz NOT NULL,
  bars_in_phase integer NOT NULL,
  computed_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT phase_states_pkey PRIMARY KEY (asset_id, interval),
  CONSTRAINT phase_states_interval_check CHECK (interval IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  CONSTRAINT phase_states_phase_check CHECK (phase IN ('COOP', 'DEFECT', 'FORGIVE')),
  CONSTRAINT phase_states_confidence_check CHECK (confidence BETWEEN 0 AND 1),
  CONSTRAINT phase_states_reasons_check CHECK (jsonb_typeof(reasons) = 'array'),
  CONSTRAINT phase_states_signals_check CHECK (jsonb_typeof(signals) = 'object'),
  CONSTRAINT phase_states_since_check CHECK (since <= as_of),
  CONSTRAINT phase_states_bars_check CHECK (bars_in_phase >= 1)
);

-- Every transition; from_phase is NULL for an asset's first phase. changed_at is the end time of
-- the bar that decided it. A replay after corrected data replaces the transitions from the first
-- one that differs.
CREATE TABLE phase_transitions (
  asset_id    bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  interval    varchar(3) NOT NULL,
  changed_at  timestamptz NOT NULL,
  from_phase  varchar(7),
  to_phase    varchar(7) NOT NULL,
  confidence  double precision NOT NULL,
  summary     text NOT NULL,
  reasons     jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT phase_transitions_pkey PRIMARY KEY (asset_id, interval, changed_at),
  CONSTRAINT phase_transitions_interval_check CHECK (interval IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  CONSTRAINT phase_transitions_from_check CHECK (from_phase IN ('COOP', 'DEFECT', 'FORGIVE')),
  CONSTRAINT phase_transitions_to_check CHECK (to_phase IN ('COOP', 'DEFECT', 'FORGIVE')),
  CONSTRAINT phase_transitions_change_check CHECK (from_phase IS DISTINCT FROM to_phase),
  CONSTRAINT phase_transitions_confidence_check CHECK (confidence BETWEEN 0 AND 1),
  CONSTRAINT phase_transitions_reasons_check CHECK (jsonb_typeof(reasons) = 'array')
);

-- The transactional outbox: one row per newly recorded transition, written in the transaction that
-- records it. payload is the event exactly as webhooks send it (immutable; it survives a later
-- rewrite of the history). fanned_out_at is set once a delivery row exists for every matching
-- subscription.
CREATE TABLE phase_events (
  id            uuid PRIMARY KEY,
  asset_id      bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  interval      varchar(3) NOT NULL,
  from_phase    varchar(7),
  to_phase      varchar(7) NOT NULL,
  changed_at    timestamptz NOT NULL,
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  fanned_out_at timestamptz,
  CONSTRAINT phase_events_payload_check CHECK (jsonb_typeof(payload) = 'object'),
  CONSTRAINT phase_events_transition_key UNIQUE (asset_id, interval, changed_at)
);

CREATE INDEX phase_events_pending_idx ON phase_events (created_at) WHERE fanned_out_at IS NULL;
