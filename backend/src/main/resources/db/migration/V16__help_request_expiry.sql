-- Serves the expiry job (issue #5): requests still looking for help whose last useful moment —
-- the end of the window, else the appointment, else the start — has passed become EXPIRED.
-- Requests "as soon as possible" have none of these and never expire by time.
CREATE INDEX help_request_unmatched_until ON help_request ((COALESCE(window_end, appointment_at, window_start)))
    WHERE status IN ('OPEN', 'OFFERED', 'ESCALATED');
