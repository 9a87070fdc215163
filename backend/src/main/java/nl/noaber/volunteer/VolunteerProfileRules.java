package nl.noaber.volunteer;

import nl.noaber.InvalidInput;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rules of a profile that span several fields; each failure names the entry. */
final class VolunteerProfileRules {

    private VolunteerProfileRules() {
    }

    static void check(VolunteerProfileForm form) {
        checkCapacities(form.capacities());
        checkSlots(form.weeklyAvailability());
        List<VolunteerProfileForm.Absence> absences = form.unavailable() == null ? List.of() : form.unavailable();
        for (int i = 0; i < absences.size(); i++) {
            if (absences.get(i).until().isBefore(absences.get(i).from())) {
                throw new InvalidInput("unavailable[" + i + "]", "until is before from");
            }
        }
        boolean drives = form.capacities().stream().anyMatch(c -> c.capacity() == Capacity.AUTOMAATJE_DRIVER);
        if (drives && form.driver() == null) {
            throw new InvalidInput("driver", "is required for AUTOMAATJE_DRIVER (car seats, wheelchair, walker)");
        }
        if (!drives && form.driver() != null) {
            throw new InvalidInput("driver", "is only for volunteers with the AUTOMAATJE_DRIVER capacity");
        }
    }

    private static void checkCapacities(List<VolunteerProfileForm.CapacityForm> capacities) {
        Set<Capacity> seen = EnumSet.noneOf(Capacity.class);
        for (int i = 0; i < capacities.size(); i++) {
            if (!seen.add(capacities.get(i).capacity())) {
                throw new InvalidInput("capacities[" + i + "].capacity", "appears twice");
            }
        }
    }

    private static void checkSlots(List<VolunteerProfileForm.Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            VolunteerProfileForm.Slot slot = slots.get(i);
            if (!slot.until().isAfter(slot.from())) {
                throw new InvalidInput("weeklyAvailability[" + i + "]", "until must be after from (a slot cannot cross midnight)");
            }
            for (int j = 0; j < i; j++) {
                VolunteerProfileForm.Slot earlier = slots.get(j);
                if (earlier.day() == slot.day() && slot.from().isBefore(earlier.until()) && earlier.from().isBefore(slot.until())) {
                    throw new InvalidInput("weeklyAvailability[" + i + "]", "overlaps weeklyAvailability[" + j + "] on " + slot.day());
                }
            }
        }
    }
}
