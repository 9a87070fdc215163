package nl.noaber.privacy;

import io.micronaut.core.order.Ordered;
import nl.noaber.identity.Caller;

/**
 * A feature's share of what Noaber holds about a person: what {@code GET /me/export} shows and
 * what {@code DELETE /me} removes. Each feature implements it over its own tables, so privacy never
 * reads another package's tables. Erasure calls every section in {@link #getOrder()} order, in one
 * transaction: the features that still act on others (open requests, live tasks) come first,
 * identity last.
 */
public interface PersonalDataSection extends Ordered {

    /** The key of this section in the export, e.g. {@code helpRequests}. */
    String name();

    /** Everything this feature holds about the person, as plain JSON values (maps, lists, text, numbers). */
    Object export(long accountId);

    /**
     * Anonymises or removes the person's data; counts in the activity log stay (pseudonymous).
     * Runs inside the erasure's transaction.
     */
    void erase(Caller person);
}
