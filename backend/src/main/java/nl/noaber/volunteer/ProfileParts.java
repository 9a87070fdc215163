package nl.noaber.volunteer;

import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.util.List;

/** The child rows of a profile (capacities, weekly slots, absences): written and read together. */
@Singleton
class ProfileParts {

    private final VolunteerRepositories.CapacityRepository capacities;
    private final VolunteerRepositories.SlotRepository slots;
    private final VolunteerRepositories.AbsenceRepository absences;

    ProfileParts(VolunteerRepositories.CapacityRepository capacities, VolunteerRepositories.SlotRepository slots,
                 VolunteerRepositories.AbsenceRepository absences) {
        this.capacities = capacities;
        this.slots = slots;
        this.absences = absences;
    }

    /** Called inside the profile's transaction, after the old rows went with the old profile. */
    void store(long accountId, String gemeente, VolunteerProfileForm form) {
        form.capacities().forEach(c ->
                capacities.save(new VolunteerCapacity(null, accountId, gemeente, c.capacity(), c.maxRadiusMeters())));
        form.weeklyAvailability().forEach(s ->
                slots.save(new VolunteerSlot(null, accountId, gemeente, (short) s.day().getValue(), s.from(), s.until())));
        if (form.unavailable() != null) {
            form.unavailable().forEach(a ->
                    absences.save(new VolunteerAbsence(null, accountId, gemeente, a.from(), a.until())));
        }
    }

    List<VolunteerCapacity> capacitiesOf(long accountId, String gemeente) {
        return capacities.findByAccountIdAndGemeenteOrderByCapacity(accountId, gemeente);
    }

    List<VolunteerProfileForm.Slot> weekOf(long accountId, String gemeente) {
        return slots.findInWeekOrder(accountId, gemeente).stream()
                .map(s -> new VolunteerProfileForm.Slot(DayOfWeek.of(s.dayOfWeek()), s.fromTime(), s.untilTime()))
                .toList();
    }

    List<VolunteerProfileForm.Absence> absencesOf(long accountId, String gemeente) {
        return absences.findByAccountIdAndGemeenteOrderByFromDate(accountId, gemeente).stream()
                .map(a -> new VolunteerProfileForm.Absence(a.fromDate(), a.untilDate()))
                .toList();
    }
}
