package nl.noaber.notify;

import java.util.List;

/** The port to a push service. Never called inside a transaction. */
interface PushGateway {

    /** False when there is no push service: notifications go to the inbox only. */
    boolean enabled();

    /** Sends up to 500 messages; one outcome per message, in any order. Does not throw for a failed message. */
    List<PushOutcome> send(List<PushMessage> messages);

    /** Releases the connection to the push service when the application stops. */
    default void close() {
    }
}
