package nl.noaber.volunteer;

/** Task types a volunteer likes to do. */
public enum Skill {
    SHOPPING,
    WALKING,
    DOG,
    SMALL_JOBS,
    PAPERWORK,
    DIGITAL_HELP,
    COMPANY,
    RIDES,
    RESPIJT
}
