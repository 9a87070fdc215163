package nl.noaber.signal;

/** The closed lists of a zorgsignaal (the database checks the same values). */
public final class SignalEnums {

    private SignalEnums() {
    }

    /** What the volunteer worries about. */
    public enum Category { LONELINESS, SELF_NEGLECT, MONEY_TROUBLE, MEMORY_PROBLEMS, UNSAFE_HOME, PET_NEGLECT, OTHER }

    /** URGENT_SAFETY: danger now; the answer tells the volunteer to call 112 rather than wait for the queue. */
    public enum Urgency { URGENT_SAFETY, SOON, WHEN_POSSIBLE }

    /** OPEN → IN_PROGRESS (a follow-up recorded, not closed) → CLOSED (picked up; the volunteer hears so). */
    public enum Status { OPEN, IN_PROGRESS, CLOSED }

    /** The handover VET staff record; Noaber records it, it does not decide on Wmo support. */
    public enum FollowUp { CONTACTED, REFERRED_WMO, REFERRED_HUISARTS, REFERRED_OTHER, NO_ACTION_NEEDED }
}
