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
import jakarta.validation.Valid;
import nl.noaber.identity.Caller;

import java.net.URI;
import java.util.List;

/** Voorzorgcirkels, for the neighbours in them (residents, mantelzorgers and volunteers alike). */
@Controller("/voorzorgcirkels")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"RESIDENT", "MANTELZORGER", "VOLUNTEER", "COORDINATOR"})
class VoorzorgcirkelController {

    private final Voorzorgcirkels cirkels;

    VoorzorgcirkelController(Voorzorgcirkels cirkels) {
        this.cirkels = cirkels;
    }

    @Get
    List<CirkelForms.CirkelView> mine(Authentication auth) {
        return cirkels.mine(Caller.of(auth));
    }

    @Post
    HttpResponse<CirkelForms.CirkelView> start(@Body @Valid CirkelForms.NewCirkel body, Authentication auth) {
        CirkelForms.CirkelView started = cirkels.start(body, Caller.of(auth));
        return HttpResponse.created(started, URI.create("/voorzorgcirkels/" + started.id()));
    }

    @Post("/memberships")
    HttpResponse<CirkelForms.CirkelView> join(@Body @Valid CirkelForms.Join body, Authentication auth) {
        CirkelForms.CirkelView joined = cirkels.join(body, Caller.of(auth));
        return HttpResponse.created(joined, URI.create("/voorzorgcirkels/" + joined.id()));
    }

    @Get("/{id}")
    CirkelForms.CirkelView get(long id, Authentication auth) {
        return cirkels.find(id, Caller.of(auth));
    }

    @Post("/{id}/invite-code")
    CirkelForms.CirkelView renewInviteCode(long id, Authentication auth) {
        return cirkels.renewInviteCode(id, Caller.of(auth));
    }

    @Put("/{id}/members/{memberId}/verbinder")
    CirkelForms.CirkelView setVerbinder(long id, long memberId, @Body @Valid CirkelForms.VerbinderChange body,
                                        Authentication auth) {
        return cirkels.setVerbinder(id, memberId, body.verbinder(), Caller.of(auth));
    }

    @Delete("/{id}/members/me")
    @Status(HttpStatus.NO_CONTENT)
    void leave(long id, Authentication auth) {
        cirkels.leave(id, Caller.of(auth));
    }

    @Delete("/{id}/members/{memberId}")
    @Status(HttpStatus.NO_CONTENT)
    void remove(long id, long memberId, Authentication auth) {
        cirkels.remove(id, memberId, Caller.of(auth));
    }
}
