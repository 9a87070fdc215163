package nl.noaber.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.noaber.Idempotent;
import nl.noaber.identity.Caller;

import java.util.List;

/** A volunteer's offers. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("VOLUNTEER")
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @Get("/me/offers")
    List<OfferView> mine(Authentication auth) {
        return offers.openOffersOf(Caller.of(auth));
    }

    @Idempotent
    @Post("/offers/{id}/accept")
    OfferView accept(long id, Authentication auth) {
        return offers.accept(id, Caller.of(auth));
    }

    @Idempotent
    @Post("/offers/{id}/withdrawal")
    OfferView withdraw(long id, Authentication auth) {
        return offers.withdraw(id, Caller.of(auth));
    }

    @Idempotent
    @Post("/offers/{id}/decline")
    OfferView decline(long id, Authentication auth) {
        return offers.decline(id, Caller.of(auth));
    }
}
