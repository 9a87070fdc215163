package nl.noaber.database;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when {@code noaber.database.url} is blank, i.e. the service runs on its own PostgreSQL. */
final class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty("noaber.database.url", String.class)
                .map(String::isBlank)
                .orElse(true);
    }
}
