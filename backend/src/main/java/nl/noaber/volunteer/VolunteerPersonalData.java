package nl.noaber.volunteer;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;

import java.util.Map;

/** The volunteer profile with home, capacities, availability, and the VOG and intake records. */
@Singleton
class VolunteerPersonalData implements PersonalDataSection {

    private final PersonalRows rows;
    private final VolunteerService volunteers;

    VolunteerPersonalData(PersonalRows rows, VolunteerService volunteers) {
        this.rows = rows;
        this.volunteers = volunteers;
    }

    @Override
    public int getOrder() {
        return 30;
    }

    @Override
    public String name() {
        return "volunteer";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "profile", rows.of("SELECT * FROM volunteer_profile WHERE account_id = ?", accountId),
                "capacities", rows.of("SELECT * FROM volunteer_capacity WHERE account_id = ? ORDER BY id", accountId),
                "weeklyAvailability", rows.of("SELECT * FROM volunteer_slot WHERE account_id = ? ORDER BY id", accountId),
                "absences", rows.of("SELECT * FROM volunteer_absence WHERE account_id = ? ORDER BY id", accountId),
                "vogChecks", rows.of("SELECT * FROM vog_check WHERE account_id = ? ORDER BY id", accountId),
                "intakes", rows.of("SELECT * FROM volunteer_intake WHERE account_id = ? ORDER BY id", accountId));
    }

    @Override
    public void erase(Caller person) {
        volunteers.erase(person);
    }
}
