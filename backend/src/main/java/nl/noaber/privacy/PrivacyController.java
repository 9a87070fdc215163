package nl.noaber.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.noaber.ListPage;
import nl.noaber.identity.Caller;
import nl.noaber.identity.ErasedAccounts;

/** AVG rights of the caller (export, erasure) and the audit of staff reads for admins. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PrivacyController {

    private final PersonalData personalData;
    private final PersonalDataReads reads;
    private final ErasedAccounts erasedAccounts;

    PrivacyController(PersonalData personalData, PersonalDataReads reads, ErasedAccounts erasedAccounts) {
        this.personalData = personalData;
        this.reads = reads;
        this.erasedAccounts = erasedAccounts;
    }

    @Get("/me/export")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PersonalDataExport export(Authentication auth) {
        return personalData.export(Caller.of(auth));
    }

    @Delete("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void erase(Authentication auth) {
        Caller person = Caller.of(auth);
        personalData.erase(person);
        // Committed: from now on this instance refuses the account's remaining access tokens.
        erasedAccounts.add(person.accountId());
    }

    @Get("/audit/personal-data-reads")
    @Secured("ADMIN")
    ListPage<PersonalDataReadView> audit(@QueryValue @Nullable @Min(1) Long personId,
                                         @QueryValue @Nullable @Min(1) Long readerId,
                                         @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                         @QueryValue @Nullable @Pattern(regexp = "\\d{1,18}", message = "must be a cursor from a previous page") String cursor,
                                         Authentication auth) {
        return reads.page(Caller.of(auth), personId, readerId, cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor), limit);
    }
}
