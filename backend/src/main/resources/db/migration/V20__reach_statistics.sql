-- Issue #7: what the reach statistics need from the activity log, and the tables of the stats package.

-- More facts per event (all nullable; older events simply lack them):
--   task            the task type of a request event (SHOPPING, RIDES …): unmet requests by task type
--   actor_role      the role the actor acted in (VET_STAFF posting on behalf of a resident …)
--   mantelzorger_key the person key of the mantelzorger who asked, when a request was posted as one
--   elapsed_seconds on request.accepted / request.done: seconds since the request was posted
--   home_cell_x/_y  on volunteer profile events: the centre of the volunteer's 250 m RD cell
--                   (never the exact home), for the Goede Buren coverage of a wijk
ALTER TABLE activity_event
    ADD COLUMN task            TEXT,
    ADD COLUMN actor_role      TEXT,
    ADD COLUMN mantelzorger_key TEXT,
    ADD COLUMN elapsed_seconds BIGINT CHECK (elapsed_seconds >= 0),
    ADD COLUMN home_cell_x     INT,
    ADD COLUMN home_cell_y     INT,
    ADD CHECK ((home_cell_x IS NULL) = (home_cell_y IS NULL));

-- Which days got new events, written by the same statement that logged them (so it commits or
-- rolls back with them, and a late commit is never missed). The rollup job deletes what it reads in
-- its own transaction: a failed run leaves the rows for the next one. Append-only ids, no unique
-- key: writers never wait for a running rollup.
CREATE TABLE activity_changed_day (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gemeente TEXT NOT NULL,
    day      DATE NOT NULL
);
CREATE INDEX activity_changed_day_gemeente ON activity_changed_day (gemeente);

CREATE FUNCTION activity_note_changed_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_changed_day (gemeente, day)
    SELECT DISTINCT gemeente, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date FROM logged_rows;
    RETURN NULL;
END;
$$;

CREATE TRIGGER activity_event_changed_days
    AFTER INSERT ON activity_event REFERENCING NEW TABLE AS logged_rows
    FOR EACH STATEMENT EXECUTE FUNCTION activity_note_changed_days();

-- Everything logged before this version is new to the statistics.
INSERT INTO activity_changed_day (gemeente, day)
SELECT DISTINCT gemeente, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date FROM activity_event;

-- A volunteer's home as of a date: the latest profile event with a cell, per person.
CREATE INDEX activity_event_home_cell ON activity_event (gemeente, actor_key, occurred_at DESC)
    WHERE home_cell_x IS NOT NULL;

-- Calendar periods in Europe/Amsterdam; weeks are ISO weeks (Monday).
CREATE FUNCTION activity_period_start(p_period TEXT, p_day DATE) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_period WHEN 'DAY' THEN p_day ELSE date_trunc(lower(p_period), p_day::timestamp)::date END
$$;

CREATE FUNCTION activity_period_end(p_period TEXT, p_start DATE) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (p_start + CASE p_period WHEN 'DAY' THEN interval '1 day' WHEN 'WEEK' THEN interval '1 week'
                                     WHEN 'MONTH' THEN interval '1 month' WHEN 'QUARTER' THEN interval '3 months'
                                     ELSE interval '1 year' END)::date
$$;

-- The reach facts of one gemeente for every period starting in [p_from, p_to): one row per
-- period × wijk × kind × fact, with '' for "whole gemeente" / "all kinds" and '-' for events
-- outside every wijk (or of no kind). Zero and empty facts are left out. Owned by the activity
-- package: the stats rollup job stores its answer, and ad-hoc (raw) queries call it directly, so
-- both use this one definition of each metric.
CREATE FUNCTION activity_reach_facts(p_gemeente TEXT, p_period TEXT, p_from DATE, p_to DATE)
    RETURNS TABLE (period_start DATE, wijk TEXT, kind TEXT, fact TEXT, detail TEXT, value NUMERIC)
    LANGUAGE sql STABLE AS $$
WITH logged AS (
    SELECT activity_period_start(p_period, (e.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date) AS ps,
           COALESCE(e.wijk, '-') AS wijk, COALESCE(e.kind, '-') AS kind, e.type, e.task, e.initiative_id,
           e.actor_key, e.actor_role, e.subject_key, e.mantelzorger_key, e.minutes, e.meters, e.elapsed_seconds
    FROM activity_event e
    WHERE e.gemeente = p_gemeente
      AND e.occurred_at >= (p_from::timestamp AT TIME ZONE 'Europe/Amsterdam')
      AND e.occurred_at < (p_to::timestamp AT TIME ZONE 'Europe/Amsterdam')
      AND e.type IN ('request.posted', 'request.accepted', 'request.escalated', 'request.expired',
                     'request.done', 'volunteer.joined')
), givers AS (
    SELECT DISTINCT ps, actor_key FROM logged WHERE type = 'request.done'
), ev AS (
    -- Wederkerigheid: was the person helped also a helper, anywhere in the gemeente, in the same period?
    -- A hash join, once; a subquery per row would be quadratic.
    SELECT l.*, g.actor_key IS NOT NULL AS helped_one_who_helps
    FROM logged l
    LEFT JOIN givers g ON l.type = 'request.done' AND g.ps = l.ps AND g.actor_key = l.subject_key
), cells AS (
    SELECT ps,
           CASE WHEN grouping(wijk) = 1 THEN '' ELSE wijk END AS wijk,
           CASE WHEN grouping(kind) = 1 THEN '' ELSE kind END AS kind,
           count(*) FILTER (WHERE type = 'request.posted') AS posted,
           count(*) FILTER (WHERE type = 'request.posted' AND actor_role = 'VET_STAFF') AS on_behalf,
           count(*) FILTER (WHERE type = 'request.accepted') AS accepted,
           count(*) FILTER (WHERE type = 'request.escalated') AS escalations,
           count(*) FILTER (WHERE type = 'request.expired') AS unmet,
           count(*) FILTER (WHERE type = 'request.done') AS done,
           sum(minutes) FILTER (WHERE type = 'request.done') AS minutes,
           count(*) FILTER (WHERE type = 'request.done' AND kind = 'AUTOMAATJE') AS rides,
           sum(meters) FILTER (WHERE type = 'request.done' AND kind = 'AUTOMAATJE') AS ride_meters,
           sum(minutes) FILTER (WHERE type = 'request.done' AND kind = 'RESPIJT') AS respijt_minutes,
           count(*) FILTER (WHERE type = 'volunteer.joined') AS new_volunteers,
           count(DISTINCT subject_key) FILTER (WHERE type = 'request.done') AS residents_helped,
           count(DISTINCT mantelzorger_key) FILTER (WHERE type = 'request.done' AND kind = 'RESPIJT') AS mantelzorgers,
           count(DISTINCT actor_key) FILTER (WHERE type = 'request.done') AS active_volunteers,
           count(DISTINCT actor_key) FILTER (WHERE type = 'request.done' AND kind = 'AUTOMAATJE') AS drivers,
           count(DISTINCT subject_key) FILTER (WHERE type = 'request.done' AND kind = 'AUTOMAATJE') AS passengers,
           count(DISTINCT actor_key) FILTER (WHERE type = 'request.done' AND kind = 'RESPIJT') AS respijt_volunteers,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY elapsed_seconds) FILTER (WHERE type = 'request.accepted') AS accept_p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_seconds) FILTER (WHERE type = 'request.accepted') AS accept_p90,
           count(elapsed_seconds) FILTER (WHERE type = 'request.accepted') AS accept_n,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY elapsed_seconds) FILTER (WHERE type = 'request.done') AS done_p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_seconds) FILTER (WHERE type = 'request.done') AS done_p90,
           count(elapsed_seconds) FILTER (WHERE type = 'request.done') AS done_n,
           count(DISTINCT subject_key) FILTER (WHERE type = 'request.done' AND helped_one_who_helps) AS reciprocal
    FROM ev
    GROUP BY ps, GROUPING SETS ((wijk, kind), (wijk), (kind), ())
), by_task AS (
    SELECT ps,
           CASE WHEN grouping(wijk) = 1 THEN '' ELSE wijk END AS wijk,
           CASE WHEN grouping(kind) = 1 THEN '' ELSE kind END AS kind,
           task,
           count(*) FILTER (WHERE type = 'request.escalated') AS escalations,
           count(*) FILTER (WHERE type = 'request.expired') AS unmet
    FROM ev
    WHERE type IN ('request.escalated', 'request.expired') AND task IS NOT NULL
    GROUP BY ps, task, GROUPING SETS ((wijk, kind), (wijk), (kind), ())
), initiative_size AS (
    -- An initiative's volunteers across the whole gemeente: one that mostly works elsewhere is not thin here.
    SELECT ps, initiative_id, count(DISTINCT actor_key) AS volunteers
    FROM ev
    WHERE type = 'request.done' AND initiative_id IS NOT NULL
    GROUP BY ps, initiative_id
), thin AS (
    -- Counted in every wijk (and kind) where the initiative did a task in the period.
    SELECT d.ps,
           CASE WHEN grouping(d.wijk) = 1 THEN '' ELSE d.wijk END AS wijk,
           CASE WHEN grouping(d.kind) = 1 THEN '' ELSE d.kind END AS kind,
           count(DISTINCT d.initiative_id) FILTER (WHERE s.volunteers <= 2) AS thin_initiatives
    FROM (SELECT DISTINCT ps, wijk, kind, initiative_id FROM ev
          WHERE type = 'request.done' AND initiative_id IS NOT NULL) AS d
    JOIN initiative_size s ON s.ps = d.ps AND s.initiative_id = d.initiative_id
    GROUP BY d.ps, GROUPING SETS ((d.wijk, d.kind), (d.wijk), (d.kind), ())
)
SELECT c.ps, c.wijk, c.kind, f.fact, '', f.value
FROM cells c
CROSS JOIN LATERAL (VALUES
    ('posted', c.posted::numeric), ('on_behalf', c.on_behalf), ('accepted', c.accepted),
    ('escalations', c.escalations), ('unmet', c.unmet), ('done', c.done), ('minutes', c.minutes),
    ('rides', c.rides), ('ride_meters', c.ride_meters), ('respijt_minutes', c.respijt_minutes),
    ('new_volunteers', c.new_volunteers), ('residents_helped', c.residents_helped),
    ('mantelzorgers', c.mantelzorgers), ('active_volunteers', c.active_volunteers), ('drivers', c.drivers),
    ('passengers', c.passengers),
    ('respijt_volunteers', c.respijt_volunteers),
    ('accept_p50', c.accept_p50::numeric), ('accept_p90', c.accept_p90::numeric), ('accept_n', c.accept_n),
    ('done_p50', c.done_p50::numeric), ('done_p90', c.done_p90::numeric), ('done_n', c.done_n),
    ('reciprocal', c.reciprocal)
) AS f (fact, value)
WHERE f.value IS NOT NULL AND f.value <> 0
UNION ALL
SELECT t.ps, t.wijk, t.kind, f.fact, t.task, f.value
FROM by_task t
CROSS JOIN LATERAL (VALUES ('escalations_by_task', t.escalations::numeric), ('unmet_by_task', t.unmet)) AS f (fact, value)
WHERE f.value <> 0
UNION ALL
SELECT ps, wijk, kind, 'thin_initiatives', '', thin_initiatives FROM thin WHERE thin_initiatives <> 0
$$;

-- The stats package's daily-maintained rollups: the facts above per period, plus the Goede
-- Buren coverage computed with JTS. A dashboard over five years reads these rows, not the log.
CREATE TABLE stats_rollup (
    gemeente     TEXT NOT NULL REFERENCES gemeente (code),
    period       TEXT NOT NULL CHECK (period IN ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    period_start DATE NOT NULL,
    wijk         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    fact         TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    value        NUMERIC NOT NULL,
    -- A report reads one gemeente, period kind and kind of help over a range of periods.
    PRIMARY KEY (gemeente, period, kind, period_start, wijk, fact, detail)
);

-- When each gemeente was last rolled up (events committed before rolled_until are in stats_rollup;
-- quarters and years as of the day long_periods_on). One row per gemeente, locked FOR UPDATE
-- SKIP LOCKED by the job instance that rolls it.
CREATE TABLE stats_rollup_state (
    gemeente        TEXT PRIMARY KEY REFERENCES gemeente (code),
    rolled_until    TIMESTAMPTZ,
    rolled_at       TIMESTAMPTZ,
    long_periods_on DATE
);
INSERT INTO stats_rollup_state (gemeente) SELECT code FROM gemeente;

-- Goals per wijk and metric, set by coordinators ("kunnen verschillen per wijk").
CREATE TABLE stats_target (
    gemeente   TEXT NOT NULL REFERENCES gemeente (code),
    wijk       TEXT NOT NULL CHECK (wijk ~ '^WK[0-9]{6}$'),
    metric     TEXT NOT NULL,
    goal       NUMERIC NOT NULL CHECK (goal >= 0),
    set_by     BIGINT NOT NULL REFERENCES account (id),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (gemeente, wijk, metric)
);
