package nl.noaber.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("gemeente")
record Gemeente(@Id String code, String name, Instant createdAt) {
}
