package nl.noaber.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in Noaber. One account can hold several roles. */
public enum Role {
    RESIDENT,
    MANTELZORGER,
    VOLUNTEER,
    VET_STAFF,
    COORDINATOR,
    ADMIN;

    /** Roles anyone may give themself when registering; staff roles are granted by staff. */
    static final Set<Role> SELF_REGISTRABLE = EnumSet.of(RESIDENT, MANTELZORGER, VOLUNTEER);

    /**
     * Whether an account holding {@code granterRoles} may give this role to someone in its
     * gemeente. Admins grant everything; coordinators everything but admin, so no coordinator
     * can make themself or a colleague an admin (docs/adr/004-who-creates-staff-accounts.md).
     */
    boolean grantableBy(Set<Role> granterRoles) {
        if (granterRoles.contains(ADMIN)) {
            return true;
        }
        return granterRoles.contains(COORDINATOR) && this != ADMIN;
    }
}
