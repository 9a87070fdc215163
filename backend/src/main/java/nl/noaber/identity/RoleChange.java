package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

@Serdeable
record RoleChange(@NotEmpty Set<@NotNull Role> roles) {
}
