package nl.noaber.request;

/** The small vocabularies of a help request. */
public final class RequestEnums {

    private RequestEnums() {
    }

    /** How soon help is needed; sets the wave timeouts of the initiative's policy. */
    public enum Urgency { URGENT, NORMAL, PLANNED }

    /** In which role the request was posted. */
    public enum PostedAs { RESIDENT, MANTELZORGER, VET_STAFF }

    /** How a resident without a phone gave consent to VET staff posting for them. */
    public enum ConsentMethod { VERBAL, WRITTEN }

    /** Respijt series repeat. */
    public enum Recurrence { NONE, WEEKLY, FORTNIGHTLY }
}
