package nl.noaber.initiative;

import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;

/** A member as the initiative's coordinators see it. */
@Serdeable
public record MemberView(long accountId, String displayName, Member.MemberRole role, Member.MemberStatus status,
                         OffsetDateTime since) {
}
