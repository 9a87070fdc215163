-- Serves continuity in matching: who helped this requester before (accepted offers), looked up
-- with every wave so that a previous helper is searched in the whole policy radius.
CREATE INDEX offer_requester_accepted ON offer (requester_id) WHERE status = 'ACCEPTED';
