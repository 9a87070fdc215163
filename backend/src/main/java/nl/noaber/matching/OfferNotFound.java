package nl.noaber.matching;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class OfferNotFound extends NoaberProblem {

    OfferNotFound(long offerId) {
        super("offer-not-found", HttpStatus.NOT_FOUND, "Offer not found", "You have no offer " + offerId);
    }
}
