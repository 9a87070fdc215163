package nl.noaber.notify;

import java.util.Optional;

/**
 * Where a person's own quiet hours come from: the volunteer profile. A port, so that notify does
 * not depend on the volunteer package (which sends notices itself).
 */
public interface QuietHoursLookup {

    /** The person's own quiet hours, wherever the notice comes from (a neighbouring gemeente too). */
    Optional<QuietHours> of(long accountId);
}
