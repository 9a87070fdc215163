package nl.noaber.notify;

/**
 * What a notification is about. Each type has texts in {@code messages_nl/en.properties}, a deep
 * link into the app, and whether it may wake someone.
 */
public enum NoticeType {
    /** A volunteer is offered a request (a wave or a coordinator's manual koppeling). */
    OFFER_NEW("noaber://offers/{offerId}", false),
    /** The offer was taken by someone else, withdrawn or cancelled: the app removes it, silently. */
    OFFER_CLOSED("noaber://offers/{offerId}", true),
    REQUEST_ACCEPTED("noaber://help-requests/{requestId}", false),
    VOLUNTEER_ON_THE_WAY("noaber://help-requests/{requestId}", false),
    VOLUNTEER_WITHDREW("noaber://help-requests/{requestId}", false),
    REQUEST_ESCALATED("noaber://help-requests/{requestId}", false),
    REQUEST_EXPIRED("noaber://help-requests/{requestId}", false),
    TASK_CANCELLED("noaber://tasks/{requestId}", false),
    TASK_REMINDER("noaber://tasks/{requestId}", false),
    HELP_REMINDER("noaber://help-requests/{requestId}", false),
    VOG_EXPIRING("noaber://me/volunteer-profile", false),
    /** A zorgsignaal for the VET team of the person's wijk (issue #11); the text names no one. */
    SIGNAL_NEW("noaber://signals/{signalId}", false),
    /** The volunteer's signal was picked up by the VET; what they did is not said. */
    SIGNAL_PICKED_UP("noaber://me/signals", false);

    private final String deepLink;
    private final boolean silent;

    NoticeType(String deepLink, boolean silent) {
        this.deepLink = deepLink;
        this.silent = silent;
    }

    /** The deep link with its {@code {name}} placeholders filled from {@code params}. */
    String deepLink(java.util.Map<String, String> params) {
        return Texts.fill(deepLink, params);
    }

    /** A silent notice updates the app (data only) and is not shown in the inbox. */
    boolean silent() {
        return silent;
    }
}
