package nl.noaber.request;

import io.micronaut.core.annotation.Introspected;

/** A help request's id with its gemeente, as jobs that work across gemeenten need it. */
@Introspected
public record RequestRef(long id, String gemeente) {
}
