package nl.noaber.initiative;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;

import java.util.Map;

/** Memberships of initiatives and voorzorgcirkels (a cirkel knows a member's first name and street). */
@Singleton
class InitiativePersonalData implements PersonalDataSection {

    private final PersonalRows rows;
    private final InitiativeRepositories.MemberRepository members;
    private final CirkelRepositories.CirkelMemberRepository cirkelMembers;

    InitiativePersonalData(PersonalRows rows, InitiativeRepositories.MemberRepository members,
                           CirkelRepositories.CirkelMemberRepository cirkelMembers) {
        this.rows = rows;
        this.members = members;
        this.cirkelMembers = cirkelMembers;
    }

    @Override
    public int getOrder() {
        return 40;
    }

    @Override
    public String name() {
        return "memberships";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "initiatives", rows.of("SELECT * FROM initiative_member WHERE account_id = ? ORDER BY id", accountId),
                "voorzorgcirkels", rows.of("SELECT * FROM cirkel_member WHERE account_id = ? ORDER BY id", accountId));
    }

    @Override
    public void erase(Caller person) {
        members.deleteAllOf(person.accountId());
        cirkelMembers.deleteAllOf(person.accountId());
    }
}
