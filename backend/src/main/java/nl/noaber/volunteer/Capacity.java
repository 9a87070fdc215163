package nl.noaber.volunteer;

/** What a volunteer can be asked for. One person can have several. */
public enum Capacity {
    GOEDE_BUUR,
    VOORZORGCIRKEL,
    AUTOMAATJE_DRIVER,
    RESPIJT;

    /**
     * Whether a coordinator must verify the volunteer (VOG and intake) before this capacity is
     * active. The default of every initiative; initiatives may tighten it (issue #4).
     */
    boolean requiresVerificationByDefault() {
        return this == AUTOMAATJE_DRIVER || this == RESPIJT;
    }
}
