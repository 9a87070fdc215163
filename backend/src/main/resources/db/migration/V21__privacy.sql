-- Privacy (issue #9, docs/adr/019-privacy.md).

-- Every read of a person's data by staff: who read what, when and why. Append-only: no role of the
-- service may change or remove a row, so the log can be trusted when a resident asks who looked.
CREATE TABLE personal_data_read (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gemeente    TEXT NOT NULL REFERENCES gemeente (code),
    read_at     TIMESTAMPTZ NOT NULL,
    reader_id   BIGINT NOT NULL REFERENCES account (id),
    reader_role TEXT NOT NULL,
    person_id   BIGINT REFERENCES account (id),                 -- whose data; NULL: someone without an account
    subject     TEXT NOT NULL CHECK (subject ~ '^[a-z_]+$'),     -- e.g. help_request, account, verification
    subject_id  BIGINT NOT NULL,
    fields      TEXT[] NOT NULL CHECK (cardinality(fields) > 0),
    purpose     TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
    trace_id    TEXT CHECK (length(trace_id) <= 100)
);

CREATE INDEX personal_data_read_gemeente ON personal_data_read (gemeente, id DESC);
CREATE INDEX personal_data_read_person ON personal_data_read (person_id, id DESC) WHERE person_id IS NOT NULL;
CREATE INDEX personal_data_read_reader ON personal_data_read (reader_id, id DESC);

CREATE FUNCTION personal_data_read_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_read is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER personal_data_read_no_change
    BEFORE UPDATE OR DELETE ON personal_data_read
    FOR EACH ROW EXECUTE FUNCTION personal_data_read_append_only();
CREATE TRIGGER personal_data_read_no_truncate
    BEFORE TRUNCATE ON personal_data_read
    FOR EACH STATEMENT EXECUTE FUNCTION personal_data_read_append_only();

-- Erasure (DELETE /me) keeps the row, so ids in the activity log and the audit stay valid, but
-- nothing in it identifies the person any more.
ALTER TABLE account ADD COLUMN erased_at TIMESTAMPTZ;
CREATE INDEX account_erased ON account (erased_at) WHERE erased_at IS NOT NULL;

-- Retention: a request's free text and exact places are removed N months after it ended.
ALTER TABLE help_request ADD COLUMN anonymised_at TIMESTAMPTZ;
CREATE INDEX help_request_retention ON help_request (status_changed_at)
    WHERE anonymised_at IS NULL AND status IN ('DONE', 'CANCELLED', 'EXPIRED');

-- Idempotency-Key: the first answer to a POST, replayed when a phone retries it. Written in the
-- same transaction as the write itself, so a retry can never run the write twice.
CREATE TABLE idempotent_request (
    account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    key          TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
    request_hash TEXT NOT NULL,
    status       INT,
    location     TEXT,
    body         TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);

-- Rate limits: hits per bucket, subject (account or address) and fixed window, shared by every
-- instance of the service.
CREATE TABLE rate_limit_window (
    bucket       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INT NOT NULL,
    PRIMARY KEY (bucket, subject, window_start)
);
CREATE INDEX rate_limit_window_start ON rate_limit_window (window_start);
