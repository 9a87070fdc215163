package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.noaber.NameText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Bodies and answers of the coordinator's verification endpoints. */
final class VerificationForms {

    private VerificationForms() {
    }

    /** A VOG the coordinator has seen: its issue date and screening profile (e.g. "45 Gezondheidszorg en welzijn"). */
    @Serdeable
    record NewVogCheck(@NotNull LocalDate issuedOn, @NotBlank @Size(max = 200) @NameText String screeningProfile) {
    }

    @Serdeable
    record NewIntake(@NotNull LocalDate heldOn) {
    }

    @Serdeable
    record VogCheckView(long id, LocalDate issuedOn, String screeningProfile, LocalDate validUntil,
                        long checkedBy, OffsetDateTime checkedAt) {
    }

    @Serdeable
    record IntakeView(long id, LocalDate heldOn, long heldBy, OffsetDateTime recordedAt) {
    }

    /** A volunteer's verification as the coordinator sees it, with what is still missing today. */
    @Serdeable
    record VerificationView(long accountId, List<VogCheckView> vogChecks, List<IntakeView> intakes,
                            List<VolunteerProfileView.CapacityView> capacities) {
    }

    /** A volunteer whose newest VOG runs out soon, or ran out recently. */
    @Serdeable
    record VogExpiry(long accountId, String displayName, @Nullable String homeWijk, LocalDate issuedOn,
                     LocalDate validUntil, boolean expired) {
    }
}
