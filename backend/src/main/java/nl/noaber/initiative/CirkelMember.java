package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("cirkel_member")
record CirkelMember(@Id @GeneratedValue @Nullable Long id, long cirkelId, String gemeente, long accountId,
                    boolean verbinder, String firstName, String street, Instant joinedAt) {

    CirkelMember asVerbinder(boolean value) {
        return new CirkelMember(id, cirkelId, gemeente, accountId, value, firstName, street, joinedAt);
    }
}
