package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record GemeenteView(String code, String name) {
}
