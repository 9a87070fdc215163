package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person's membership of an initiative. */
@MappedEntity("initiative_member")
record Member(@Id @GeneratedValue @Nullable Long id, long initiativeId, String gemeente, long accountId,
              MemberRole role, MemberStatus status, Instant createdAt, Instant updatedAt) {

    enum MemberRole { COORDINATOR, MEMBER }

    enum MemberStatus { INVITED, REQUESTED, ACTIVE, LEFT, REMOVED }

    Member with(MemberRole newRole, MemberStatus newStatus, Instant now) {
        return new Member(id, initiativeId, gemeente, accountId, newRole, newStatus, createdAt, now);
    }
}
