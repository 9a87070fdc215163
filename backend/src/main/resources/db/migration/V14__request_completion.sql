-- Completion of a help request: the volunteer logs time (and for rides the km driven, from which
-- the km allowance in cents follows at the initiative's rate); the requester confirms and may leave
-- short feedback. Older rows have none of these: they were never completed.
ALTER TABLE help_request
    ADD COLUMN minutes_spent   INT CHECK (minutes_spent BETWEEN 1 AND 1440),
    ADD COLUMN km_driven       NUMERIC(6, 1) CHECK (km_driven >= 0 AND km_driven <= 2000),
    ADD COLUMN allowance_cents INT CHECK (allowance_cents >= 0),
    ADD COLUMN completed_at    TIMESTAMPTZ,
    ADD COLUMN confirmed_at    TIMESTAMPTZ,
    ADD COLUMN helped_well     BOOLEAN,
    ADD COLUMN feedback        TEXT CHECK (length(feedback) <= 500);
