package nl.noaber.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** The caller's own account. */
@Controller("/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Get
    AccountView me(Authentication auth) {
        Caller caller = Caller.of(auth);
        return accounts.find(caller.accountId(), caller);
    }

    @Put("/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(@Body @Valid PasswordChange body, Authentication auth) {
        accounts.changePassword(body, Caller.of(auth));
    }
}
