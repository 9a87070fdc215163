package nl.noaber.matching;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;

import java.util.Map;

/**
 * The offers a volunteer got and the matching log's notes on why they were passed over. Erasure
 * hands their tasks back to matching first, so no request waits on an account that is gone.
 */
@Singleton
class OfferPersonalData implements PersonalDataSection {

    private final PersonalRows rows;
    private final OfferService offers;
    private final MatchingRepositories.OfferRepository offerRows;
    private final MatchingRepositories.PassedOverRepository passedOver;

    OfferPersonalData(PersonalRows rows, OfferService offers, MatchingRepositories.OfferRepository offerRows,
                      MatchingRepositories.PassedOverRepository passedOver) {
        this.rows = rows;
        this.offers = offers;
        this.offerRows = offerRows;
        this.passedOver = passedOver;
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public String name() {
        return "offers";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "received", rows.of("SELECT * FROM offer WHERE volunteer_id = ? ORDER BY id", accountId),
                "passedOver", rows.of("SELECT * FROM passed_over WHERE volunteer_id = ? ORDER BY id", accountId));
    }

    /** Then the matching log's notes about the volunteer go: why asked (a coordinator's note may name people), why passed over. */
    @Override
    public void erase(Caller person) {
        offers.leaveAll(person);
        offerRows.forgetReasonsOf(person.accountId());
        passedOver.deleteAllOf(person.accountId());
    }
}
