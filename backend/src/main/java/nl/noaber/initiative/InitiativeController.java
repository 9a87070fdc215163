package nl.noaber.initiative;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import nl.noaber.identity.Caller;

import java.net.URI;
import java.util.List;

/** Initiatives of the caller's gemeente and membership of them. */
@Controller("/initiatives")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InitiativeController {

    private final InitiativeService initiatives;
    private final Memberships memberships;
    private final InitiativeHealth health;

    InitiativeController(InitiativeService initiatives, Memberships memberships, InitiativeHealth health) {
        this.initiatives = initiatives;
        this.memberships = memberships;
        this.health = health;
    }

    @Get
    List<InitiativeView> list(Authentication auth) {
        return initiatives.list(Caller.of(auth));
    }

    @Post
    @Secured("COORDINATOR")
    HttpResponse<InitiativeView> create(@Body @Valid InitiativeForm body, Authentication auth) {
        InitiativeView created = initiatives.create(body, Caller.of(auth));
        return HttpResponse.created(created, URI.create("/initiatives/" + created.id()));
    }

    @Get("/health")
    @Secured({"COORDINATOR", "ADMIN"})
    List<InitiativeHealth.Health> health(Authentication auth) {
        return health.ofGemeente(Caller.of(auth));
    }

    @Get("/{id}")
    InitiativeView get(long id, Authentication auth) {
        return initiatives.find(id, Caller.of(auth));
    }

    @Put("/{id}")
    @Secured({"COORDINATOR", "ADMIN"})
    InitiativeView update(long id, @Body @Valid InitiativeForm body, Authentication auth) {
        return initiatives.update(id, body, Caller.of(auth));
    }

    @Get("/{id}/members")
    @Secured({"COORDINATOR", "ADMIN"})
    List<MemberView> members(long id, Authentication auth) {
        return memberships.members(id, Caller.of(auth));
    }

    @Post("/{id}/join-requests")
    @Secured("VOLUNTEER")
    HttpResponse<MemberView> requestToJoin(long id, Authentication auth) {
        return HttpResponse.created(memberships.requestToJoin(id, Caller.of(auth)), URI.create("/initiatives/" + id + "/members"));
    }

    @Post("/{id}/invitations")
    @Secured({"COORDINATOR", "ADMIN"})
    HttpResponse<MemberView> invite(long id, @Body @Valid Invitation body, Authentication auth) {
        return HttpResponse.created(memberships.invite(id, body, Caller.of(auth)), URI.create("/initiatives/" + id + "/members"));
    }

    @Post("/{id}/invitations/acceptance")
    MemberView accept(long id, Authentication auth) {
        return memberships.accept(id, Caller.of(auth));
    }

    @Post("/{id}/members/{accountId}/approval")
    @Secured({"COORDINATOR", "ADMIN"})
    MemberView approve(long id, long accountId, Authentication auth) {
        return memberships.approve(id, accountId, Caller.of(auth));
    }

    @Delete("/{id}/members/me")
    @Status(HttpStatus.NO_CONTENT)
    void leave(long id, Authentication auth) {
        memberships.leave(id, Caller.of(auth));
    }

    @Delete("/{id}/members/{accountId}")
    @Secured({"COORDINATOR", "ADMIN"})
    @Status(HttpStatus.NO_CONTENT)
    void remove(long id, long accountId, Authentication auth) {
        memberships.remove(id, accountId, Caller.of(auth));
    }
}
