package nl.noaber.initiative;

/** The kinds of initiative Noaber matches for, each with its own default policy. */
public enum InitiativeKind {
    GOEDE_BUREN(new MatchingPolicy(1_500, 5, 15, 60, 240, false, 36, null, null, false)),
    VOORZORGCIRKEL(new MatchingPolicy(1_000, 15, 15, 120, 480, false, 36, null, null, false)),
    AUTOMAATJE(new MatchingPolicy(15_000, 3, 30, 240, 720, true, 36, 48, 30, false)),
    RESPIJT(new MatchingPolicy(5_000, 3, 60, 240, 1_440, true, 36, null, null, false));

    private final MatchingPolicy defaults;

    InitiativeKind(MatchingPolicy defaults) {
        this.defaults = defaults;
    }

    /**
     * Starting values for a new initiative of this kind: a Goede Buur walks (1.5 km), an AutoMaatje
     * driver drives (15 km, rides booked 48 h ahead at €0.30/km); respijt and AutoMaatje need a VOG.
     */
    public MatchingPolicy defaults() {
        return defaults;
    }
}
