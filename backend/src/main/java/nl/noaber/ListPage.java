package nl.noaber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One page of a list. {@code nextCursor} is opaque to clients: pass it back as {@code ?cursor=}
 * to get the next page; it is absent on the last page.
 */
@Serdeable
public record ListPage<T>(List<T> items, @Nullable String nextCursor) {
}
