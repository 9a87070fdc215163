package nl.noaber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a list. {@code nextCursor} is opaque to clients: pass it back as {@code ?cursor=}
 * to get the next page; it is absent on the last page.
 */
@Serdeable
public record ListPage<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * A page from rows fetched with {@code LIMIT limit + 1}: the extra row only tells that there
     * is a next page, whose cursor is the id of the last item shown.
     */
    public static <R, T> ListPage<T> of(List<R> fetched, int limit, Function<R, T> view, ToLongFunction<T> id) {
        List<T> items = fetched.stream().limit(limit).map(view).toList();
        return new ListPage<>(items, fetched.size() > limit ? String.valueOf(id.applyAsLong(items.get(items.size() - 1))) : null);
    }
}
