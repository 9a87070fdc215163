package nl.noaber.geo;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

public final class WijkNotFound extends NoaberProblem {

    public WijkNotFound(String code) {
        super("wijk-not-found", HttpStatus.NOT_FOUND, "Wijk not found", "There is no wijk " + code + " in your gemeente");
    }
}
