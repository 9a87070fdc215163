package nl.noaber.identity;

import io.micronaut.security.authentication.Authentication;
import nl.noaber.PersonalDataWasRead;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The authenticated person behind a request, taken from the access token. Every service call
 * that reads or writes tenant data takes a {@code Caller} and scopes to {@link #gemeente()}.
 */
public record Caller(long accountId, String gemeente, Set<Role> roles) {

    static final String GEMEENTE_CLAIM = "gemeente";

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            roles.add(Role.valueOf(role));
        }
        Object gemeente = authentication.getAttributes().get(GEMEENTE_CLAIM);
        if (gemeente == null) {
            throw new IllegalStateException("Access token without gemeente claim");
        }
        return new Caller(Long.parseLong(authentication.getName()), gemeente.toString(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The strongest staff role held (ADMIN, COORDINATOR, VET_STAFF), for the audit of reads; else the first role. */
    public String staffRole() {
        return Stream.of(Role.ADMIN, Role.COORDINATOR, Role.VET_STAFF).filter(this::has).findFirst()
                .or(() -> roles.stream().findFirst()).map(Role::name).orElse("NONE");
    }

    /** Says that this caller, as staff, was shown the data in {@code seen}. */
    public PersonalDataWasRead read(String purpose, List<PersonalDataWasRead.Seen> seen) {
        return new PersonalDataWasRead(accountId, gemeente, staffRole(), purpose, seen);
    }
}
