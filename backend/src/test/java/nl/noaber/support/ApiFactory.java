package nl.noaber.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/** Lets API tests inject an {@link Api} pointed at the running test server. */
@Factory
class ApiFactory {

    @Singleton
    Api api(EmbeddedServer server) {
        return new Api(server.getURI());
    }
}
