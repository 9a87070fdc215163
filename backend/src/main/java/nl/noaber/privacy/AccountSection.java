package nl.noaber.privacy;

import jakarta.inject.Singleton;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.Caller;

/** The account itself: erased last, after every feature let go of the person. */
@Singleton
class AccountSection implements PersonalDataSection {

    private final AccountService accounts;

    AccountSection(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public Object export(long accountId) {
        return accounts.recordsOf(accountId);
    }

    @Override
    public void erase(Caller person) {
        accounts.erase(person.accountId());
    }
}
