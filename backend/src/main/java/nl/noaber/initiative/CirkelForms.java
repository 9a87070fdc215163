package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.noaber.NameText;

import java.util.List;

/** Bodies and answers of the voorzorgcirkel endpoints. */
final class CirkelForms {

    private CirkelForms() {
    }

    /** Starting a circle; the starter joins as its first verbinder, showing first name and street. */
    @Serdeable
    record NewCirkel(@NotBlank @Size(max = 120) @NameText String name, @NotBlank @Size(max = 50) @NameText String firstName,
                     @NotBlank @Size(max = 100) @NameText String street, @Nullable @Positive Long initiativeId) {
    }

    /** Joining with the code a verbinder handed out; first name and street are what the others will see. */
    @Serdeable
    record Join(@NotBlank @Pattern(regexp = "[A-Za-z2-9]{10}", message = "must be the 10-character code of the circle") String inviteCode,
                @NotBlank @Size(max = 50) @NameText String firstName, @NotBlank @Size(max = 100) @NameText String street) {
    }

    @Serdeable
    record VerbinderChange(boolean verbinder) {
    }

    /** What a member sees of another: first name and street, nothing more. */
    @Serdeable
    record MemberView(long memberId, String firstName, String street, boolean verbinder) {
    }

    /** A circle as its members see it; the invite code only for verbinders. */
    @Serdeable
    record CirkelView(long id, String name, @Nullable Long initiativeId, int memberCount, boolean formed,
                      List<MemberView> members, @Nullable String inviteCode) {
    }
}
