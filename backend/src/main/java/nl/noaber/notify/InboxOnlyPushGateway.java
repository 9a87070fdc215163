package nl.noaber.notify;

import java.util.List;

/** Without Firebase credentials (the embedded default): notifications live in the inbox only. */
final class InboxOnlyPushGateway implements PushGateway {

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public List<PushOutcome> send(List<PushMessage> messages) {
        throw new IllegalStateException("push is off: no Firebase credentials");
    }
}
