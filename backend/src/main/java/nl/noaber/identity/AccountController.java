package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.noaber.ListPage;

import java.net.URI;

/** Accounts of the caller's gemeente, for its admins and coordinators. */
@Controller("/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "COORDINATOR"})
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Get
    ListPage<AccountView> list(@QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                               @QueryValue @Nullable @Pattern(regexp = "\\d{1,18}", message = "must be a cursor from a previous page") String cursor,
                               Authentication auth) {
        long afterId = cursor == null ? 0 : Long.parseLong(cursor);
        return accounts.list(Caller.of(auth), afterId, limit);
    }

    @Post
    HttpResponse<AccountView> create(@Body @Valid NewStaffAccount body, Authentication auth) {
        AccountView created = accounts.createStaffAccount(body, Caller.of(auth));
        return HttpResponse.created(created, URI.create("/accounts/" + created.id()));
    }

    @Get("/{id}")
    AccountView get(long id, Authentication auth) {
        return accounts.show(id, Caller.of(auth));
    }

    @Put("/{id}/roles")
    AccountView changeRoles(long id, @Body @Valid RoleChange body, Authentication auth) {
        return accounts.changeRoles(id, body.roles(), Caller.of(auth));
    }
}
