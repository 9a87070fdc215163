package nl.noaber.initiative;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A coordinator invites an account of the gemeente, as member or (if they hold that role) as coordinator. */
@Serdeable
record Invitation(@Positive long accountId, @NotNull Member.MemberRole role) {
}
