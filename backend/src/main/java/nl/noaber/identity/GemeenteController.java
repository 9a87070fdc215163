package nl.noaber.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** The gemeenten Noaber serves; public, so that the registration form can offer them. */
@Controller("/gemeenten")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class GemeenteController {

    private final GemeenteService gemeenten;

    GemeenteController(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Get
    List<GemeenteView> list() {
        return gemeenten.all();
    }
}
