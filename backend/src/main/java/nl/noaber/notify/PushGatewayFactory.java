package nl.noaber.notify;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Firebase when credentials are configured, else inbox only — said once, at startup. */
@Factory
class PushGatewayFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PushGatewayFactory.class);

    @Context    // made at startup, so the log says at once whether pushes go out
    @Bean(preDestroy = "close")
    PushGateway pushGateway(PushProperties properties) {
        if (properties.credentials() == null || properties.credentials().isBlank()) {
            LOG.info("No FIREBASE_CREDENTIALS: push is off; notifications go to the in-app inbox (and its stream) only");
            return new InboxOnlyPushGateway();
        }
        FcmPushGateway fcm = new FcmPushGateway(properties);
        LOG.info("Push through Firebase Cloud Messaging, project {}, endpoint {}", fcm.projectId(),
                properties.endpoint() == null || properties.endpoint().isBlank() ? "https://fcm.googleapis.com" : properties.endpoint());
        return fcm;
    }
}
