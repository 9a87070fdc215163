package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

@MappedEntity("account")
record Account(@Id @GeneratedValue @Nullable Long id,
               String gemeente,
               String email,
               String displayName,
               String passwordHash,
               @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
               @Nullable Long createdBy,
               Instant createdAt,
               Instant updatedAt) {

    static Account create(String gemeente, String email, String displayName, String passwordHash,
                          Set<Role> roles, Long createdBy, Instant now) {
        return new Account(null, gemeente, email.strip(), displayName.strip(), passwordHash,
                toArray(roles), createdBy, now, now);
    }

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    Account withRoles(Set<Role> newRoles, Instant now) {
        return new Account(id, gemeente, email, displayName, passwordHash, toArray(newRoles), createdBy, createdAt, now);
    }

    Account withPasswordHash(String newHash, Instant now) {
        return new Account(id, gemeente, email, displayName, newHash, roles, createdBy, createdAt, now);
    }

    private static String[] toArray(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
