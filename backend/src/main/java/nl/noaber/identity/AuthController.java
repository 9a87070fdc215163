package nl.noaber.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;

/** Registration and sessions. Public: these are how a caller gets a token in the first place. */
@Controller("/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class AuthController {

    private final Sessions sessions;
    private final AccountService accounts;
    private final ClientAddress clientAddress;

    AuthController(Sessions sessions, AccountService accounts, ClientAddress clientAddress) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clientAddress = clientAddress;
    }

    @Post("/register")
    HttpResponse<AccountView> register(@Body @Valid NewRegistration body) {
        AccountView created = accounts.register(body);
        return HttpResponse.created(created, URI.create("/accounts/" + created.id()));
    }

    @Post("/login")
    TokenPair login(@Body @Valid Credentials body, HttpRequest<?> request) {
        return sessions.login(body, clientAddress.of(request));
    }

    @Post("/refresh")
    TokenPair refresh(@Body @Valid RefreshRequest body) {
        return sessions.refresh(body.refreshToken());
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    void logout(@Body @Valid LogoutRequest body) {
        sessions.logout(body);
    }
}
