package nl.noaber.web;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;

/**
 * The first answers kept for {@code Idempotency-Key} retries (24 hours): they repeat what the
 * person was shown, so they are part of the export, and erasure removes them.
 */
@Singleton
class IdempotencyPersonalData implements PersonalDataSection {

    private final PersonalRows rows;
    private final IdempotentRequests stored;

    IdempotencyPersonalData(PersonalRows rows, IdempotentRequests stored) {
        this.rows = rows;
        this.stored = stored;
    }

    @Override
    public int getOrder() {
        return 70;
    }

    @Override
    public String name() {
        return "retriedWrites";
    }

    @Override
    public Object export(long accountId) {
        return rows.of("SELECT key, status, location, body, created_at FROM idempotent_request WHERE account_id = ? ORDER BY created_at",
                accountId);
    }

    @Override
    public void erase(Caller person) {
        stored.forgetAllOf(person.accountId());
    }
}
