package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import nl.noaber.identity.Caller;

/** Address lookup for people who type their address instead of sharing their location. */
@Controller("/addresses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AddressController {

    private final AddressLookup lookup;

    AddressController(AddressLookup lookup) {
        this.lookup = lookup;
    }

    @Get
    AddressView find(@QueryValue @Nullable String postcode, @QueryValue @Nullable String huisnummer, Authentication auth) {
        return lookup.lookup(postcode, huisnummer, Caller.of(auth).gemeente());
    }
}
