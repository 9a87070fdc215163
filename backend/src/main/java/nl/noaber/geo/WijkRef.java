package nl.noaber.geo;

import io.micronaut.serde.annotation.Serdeable;

/** A wijk by CBS code and name, e.g. WK015006 Keizerslanden. */
@Serdeable
public record WijkRef(String code, String name) {
}
