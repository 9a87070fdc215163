package nl.noaber.matching;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class OfferNoLongerOpen extends NoaberProblem {

    OfferNoLongerOpen(long offerId) {
        super("offer-no-longer-open", HttpStatus.CONFLICT, "Already taken",
                "Offer " + offerId + " was taken by another volunteer, withdrawn or has expired. Thank you for answering!");
    }
}
