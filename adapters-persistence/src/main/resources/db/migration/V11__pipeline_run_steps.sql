-- Pipeline runs record their results by step name (snapshots, phases, webhooks, and any step added
-- later) instead of one field per step. The webhooks column becomes steps: each step's result for
-- the whole run in the order the steps ran (an array, as a jsonb object would not keep the order),
-- [{"step": "<name>", "ok": true, "counters": {...}, "elapsedMs": 0}, ...], a step that failed as a
-- whole with "ok": false and its "failure". Each outcome becomes {"asset", "symbol", "steps":
-- {"<name>": {"ok", "counters", "elapsedMs"}}}, the phases step's result carrying the phase.
-- Runs recorded before this are rewritten: their failures split by step, times unknown (0).
ALTER TABLE pipeline_runs DROP CONSTRAINT pipeline_runs_webhooks_check;
ALTER TABLE pipeline_runs RENAME COLUMN webhooks TO steps;

UPDATE pipeline_runs r
SET outcomes = coalesce((
      SELECT jsonb_agg(jsonb_build_object(
          'asset', o -> 'asset',
          'symbol', o -> 'symbol',
          'steps', jsonb_build_object(
              'snapshots', CASE WHEN f.snapshots IS NULL
                  THEN jsonb_build_object('ok', true, 'counters', jsonb_build_object('written', o -> 'snapshotsWritten'),
                      'elapsedMs', 0)
                  ELSE jsonb_build_object('ok', false, 'counters', '{}'::jsonb, 'failure', f.snapshots, 'elapsedMs', 0) END,
              'phases', CASE WHEN f.phases IS NULL
                  THEN jsonb_build_object('ok', true, 'counters', jsonb_build_object('transitions', o -> 'transitionsWritten',
                      'events', o -> 'eventsEmitted'), 'elapsedMs', 0)
                      || CASE WHEN jsonb_typeof(o -> 'phase') = 'object' THEN jsonb_build_object('phase', o -> 'phase')
                         ELSE '{}'::jsonb END
                  ELSE jsonb_build_object('ok', false, 'counters', '{}'::jsonb, 'failure', f.phases, 'elapsedMs', 0) END))
          ORDER BY e.ord)
      FROM jsonb_array_elements(r.outcomes) WITH ORDINALITY AS e(o, ord),
      LATERAL (SELECT
          (SELECT substr(m, length('snapshots: ') + 1) FROM jsonb_array_elements_text(o -> 'failures') AS m
            WHERE m LIKE 'snapshots: %' LIMIT 1) AS snapshots,
          (SELECT substr(m, length('phases: ') + 1) FROM jsonb_array_elements_text(o -> 'failures') AS m
            WHERE m LIKE 'phases: %' LIMIT 1) AS phases) AS f),
    '[]'::jsonb),
  steps = (
      SELECT jsonb_build_array(
          CASE WHEN w.snapshots IS NULL
              THEN jsonb_build_object('step', 'snapshots', 'ok', true, 'counters', jsonb_build_object('written', t.written),
                  'elapsedMs', 0)
              ELSE jsonb_build_object('step', 'snapshots', 'ok', false, 'counters', '{}'::jsonb, 'failure', w.snapshots,
                  'elapsedMs', 0) END,
          CASE WHEN w.phases IS NULL
              THEN jsonb_build_object('step', 'phases', 'ok', true, 'counters', jsonb_build_object('transitions',
                  t.transitions, 'events', t.events), 'elapsedMs', 0)
              ELSE jsonb_build_object('step', 'phases', 'ok', false, 'counters', '{}'::jsonb, 'failure', w.phases,
                  'elapsedMs', 0) END,
          jsonb_build_object('step', 'webhooks', 'ok', w.webhooks IS NULL, 'counters', r.steps, 'elapsedMs', 0)
              || CASE WHEN w.webhooks IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('failure', w.webhooks) END)
      FROM
        (SELECT coalesce(sum((o ->> 'snapshotsWritten')::bigint), 0) AS written,
                coalesce(sum((o ->> 'transitionsWritten')::bigint), 0) AS transitions,
                coalesce(sum((o ->> 'eventsEmitted')::bigint), 0) AS events
           FROM jsonb_array_elements(r.outcomes) AS o) AS t,
        -- the old failure named each failed step as "<step>: <why>", in step order, joined by "; "
        (SELECT regexp_replace(substring(r.failure FROM '^snapshots: (.*)$'), '; (phases|webhooks): .*$', '') AS snapshots,
                regexp_replace(substring(r.failure FROM '(?:^|; )phases: (.*)$'), '; webhooks: .*$', '') AS phases,
                substring(r.failure FROM '(?:^|; )webhooks: (.*)$') AS webhooks) AS w)
WHERE TRUE;

ALTER TABLE pipeline_runs ADD CONSTRAINT pipeline_runs_steps_check CHECK (jsonb_typeof(steps) = 'array');
