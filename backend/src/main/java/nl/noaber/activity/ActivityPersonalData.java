package nl.noaber.activity;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;

/**
 * The log's events in which the person acted, was helped, or asked as a mantelzorger: every column
 * but the keys themselves. They carry a keyed hash, not the account: erasure leaves them, so the
 * wijk counts stay right (issue #9: "keep pseudonymous counts"). They stay pseudonymous, not
 * anonymous — with the key and the (anonymised) account's id they can be tied together again, and
 * the key never leaves the service.
 */
@Singleton
class ActivityPersonalData implements PersonalDataSection {

    private final PersonalRows rows;
    private final ActivityLog log;

    ActivityPersonalData(PersonalRows rows, ActivityLog log) {
        this.rows = rows;
        this.log = log;
    }

    @Override
    public int getOrder() {
        return 60;
    }

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public Object export(long accountId) {
        return rows.of("""
                SELECT id, occurred_at, type, gemeente, wijk, initiative_id, kind, task, actor_role,
                       minutes, meters, elapsed_seconds, home_cell_x, home_cell_y,
                       actor_key = ? AS by_me, subject_key = ? AS about_me, mantelzorger_key = ? AS asked_as_mantelzorger
                  FROM activity_event
                 WHERE actor_key = ? OR subject_key = ? OR mantelzorger_key = ?
                 ORDER BY occurred_at, id""", log.personKey(accountId));
    }

    @Override
    public void erase(Caller person) {
        // Kept on purpose: pseudonymous, and what the reach statistics are made of.
    }
}
