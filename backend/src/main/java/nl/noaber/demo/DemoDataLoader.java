package nl.noaber.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.noaber.database.DatabaseProperties;
import nl.noaber.geo.DefaultWijken;
import nl.noaber.identity.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo population on start when {@code NOABER_DEMO_DATA=true}. Idempotent: people who
 * exist are left alone, so a restart neither duplicates nor resets anything.
 */
@Singleton
@Requires(property = "noaber.demo-data.enabled", value = "true")
class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountService accounts;
    private final DemoDataProperties properties;
    private final DatabaseProperties database;
    private final DemoHistory history;
    private final DefaultWijken defaultWijken;

    DemoDataLoader(AccountService accounts, DemoDataProperties properties, DatabaseProperties database, DemoHistory history,
                   DefaultWijken defaultWijken) {
        this.history = history;
        this.defaultWijken = defaultWijken;
        this.accounts = accounts;
        this.properties = properties;
        this.database = database;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!database.embedded()) {
            // Demo admins with a password printed in the README must never reach a real database.
            throw new IllegalStateException("NOABER_DEMO_DATA=true is only allowed with the embedded database");
        }
        var people = DemoPopulation.people();
        int created = 0;
        for (var person : people) {
            if (accounts.provision(person.gemeente(), person.email(), person.displayName(),
                    properties.password(), person.roles()).isPresent()) {
                created++;
            }
        }
        LOG.info("Demo data: {} of {} demo accounts created, the rest existed", created, people.size());
        if (properties.history()) {
            // The history is placed in wijken: make sure they are there, whichever start-up listener ran first.
            defaultWijken.importMissing();
            for (String gemeente : DemoPopulation.gemeenten()) {
                LOG.info("Demo data: {} activity events of a year of help in {}", history.writeFor(gemeente), gemeente);
            }
        }
    }
}
