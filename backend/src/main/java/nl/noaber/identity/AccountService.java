package nl.noaber.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.ListPage;
import nl.noaber.PersonalDataWasRead;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts: self-registration, staff accounts, roles and passwords, always within one gemeente. */
@Singleton
public class AccountService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final AccountRepository accounts;
    private final GemeenteService gemeenten;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher<PersonalDataWasRead> reads;
    private final Clock clock;

    AccountService(AccountRepository accounts, GemeenteService gemeenten, PasswordHasher hasher,
                   RefreshTokens refreshTokens, LoginThrottle throttle, ApplicationEventPublisher<PersonalDataWasRead> reads,
                   Clock clock) {
        this.accounts = accounts;
        this.gemeenten = gemeenten;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * Registers a resident, mantelzorger or volunteer.
     *
     * @throws Problems.UnknownGemeente if Noaber does not serve the gemeente
     * @throws Problems.RoleNotAllowed  for a staff role
     * @throws Problems.EmailTaken      if the address already has an account
     */
    @Transactional
    AccountView register(NewRegistration registration) {
        if (!gemeenten.serves(registration.gemeente())) {
            throw new Problems.UnknownGemeente();
        }
        for (Role role : registration.roles()) {
            if (!Role.SELF_REGISTRABLE.contains(role)) {
                throw new Problems.RoleNotAllowed(role, "is given by a coordinator, not by registering");
            }
        }
        return insert(Account.create(registration.gemeente(), registration.email(), registration.displayName(),
                hasher.hash(registration.password()), registration.roles(), null, clock.instant()));
    }

    /**
     * Creates an account without a calling person: for the demo population and for an operator
     * bootstrapping the first admin of a gemeente. Does nothing if the e-mail already exists,
     * so it is safe to run on every start.
     *
     * @return the new account, or empty if the e-mail was taken
     */
    @Transactional
    public java.util.Optional<AccountView> provision(String gemeente, String email, String displayName,
                                                     String password, Set<Role> roles) {
        if (accounts.findByEmailIgnoringCase(email).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(insert(Account.create(gemeente, email, displayName, hasher.hash(password),
                roles, null, clock.instant())));
    }

    /** Creates an account in the creator's gemeente, with roles the creator may grant. */
    @Transactional
    AccountView createStaffAccount(NewStaffAccount body, Caller creator) {
        requireGrantable(body.roles(), creator);
        return insert(Account.create(creator.gemeente(), body.email(), body.displayName(),
                hasher.hash(body.initialPassword()), body.roles(), creator.accountId(), clock.instant()));
    }

    /** Everything identity holds about the account, for {@code GET /me/export}. */
    @ReadOnly
    public AccountRecords recordsOf(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new Problems.AccountNotFound(id));
        ZoneId zone = clock.getZone();
        return new AccountRecords(AccountView.of(account, zone),
                refreshTokens.of(id).stream().map(t -> new AccountRecords.Session(at(t.issuedAt(), zone),
                        at(t.expiresAt(), zone), t.revokedAt() == null ? null : at(t.revokedAt(), zone))).toList(),
                throttle.attemptsFor(account.email()).stream().map(a -> new AccountRecords.Login(
                        at(a.attemptedAt(), zone), a.clientIp(), a.succeeded())).toList());
    }

    /**
     * Erasure of the account itself (the last step of {@code DELETE /me}): login history and
     * sessions go, the row is anonymised and can never log in again.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void erase(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new Problems.AccountNotFound(id));
        throttle.forget(account.email());
        refreshTokens.deleteAllOf(id);
        accounts.anonymise(id, clock.instant());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    /**
     * The name an account goes by, in any gemeente: for a coordinator's matching log, which may
     * list a volunteer from a neighbouring gemeente. Nothing else of the account is shown.
     */
    @ReadOnly
    public Optional<String> displayNameOf(long id) {
        return accounts.findById(id).map(Account::displayName);
    }

    /** The accounts of a gemeente that hold a role (not erased), e.g. every VET staff member for a signal. */
    @ReadOnly
    public List<Long> idsWithRole(String gemeente, Role role) {
        return accounts.findIdsWithRole(gemeente, role.name());
    }

    /** An account of the caller's gemeente (404 outside it), for checks and names; not shown whole. */
    @ReadOnly
    public AccountView find(long id, Caller caller) {
        return AccountView.of(load(id, caller.gemeente()), clock.getZone());
    }

    /** An account shown to staff ({@code GET /accounts/{id}}): the read is audited. */
    @Transactional
    AccountView show(long id, Caller staff) {
        AccountView account = find(id, staff);
        reads.publishEvent(staff.read("account detail", List.of(seen(account))));
        return account;
    }

    /** A page of the gemeente's accounts (staff only); every account shown is audited. */
    @Transactional
    ListPage<AccountView> list(Caller caller, long afterId, int limit) {
        ListPage<AccountView> page = ListPage.of(accounts.findPageInGemeente(caller.gemeente(), afterId, limit + 1), limit,
                a -> AccountView.of(a, clock.getZone()), AccountView::id);
        reads.publishEvent(caller.read("account list", page.items().stream().map(AccountService::seen).toList()));
        return page;
    }

    private static PersonalDataWasRead.Seen seen(AccountView account) {
        return new PersonalDataWasRead.Seen("account", account.id(), account.id(), List.of("email", "displayName", "roles"));
    }

    /**
     * Replaces the roles of an account in the caller's gemeente. Neither the roles taken away
     * nor the ones given may be beyond what the caller can grant, so a coordinator cannot demote
     * an admin either.
     */
    @Transactional
    AccountView changeRoles(long id, Set<Role> roles, Caller caller) {
        Account account = load(id, caller.gemeente());
        requireGrantable(roles, caller);
        requireGrantable(account.roleSet(), caller);
        Account updated = accounts.update(account.withRoles(roles, clock.instant()));
        // Roles travel in access tokens; ending the sessions makes the change take effect
        // within one access-token lifetime.
        refreshTokens.revokeAllOf(updated.id());
        return AccountView.of(updated, clock.getZone());
    }

    /**
     * Changes the caller's own password and ends all their sessions. Wrong current passwords count
     * towards the login throttle of the account, so a stolen access token cannot be used to guess
     * the password; the failure is recorded even though the caller gets an error.
     */
    @Transactional(noRollbackFor = Problems.WrongCurrentPassword.class)
    void changePassword(PasswordChange change, Caller caller) {
        Account account = load(caller.accountId(), caller.gemeente());
        String throttleKey = "password-change:" + account.id();
        throttle.check(account.email(), throttleKey);
        if (!hasher.matches(change.currentPassword(), account.passwordHash())) {
            throttle.record(account.email(), throttleKey, false);
            throw new Problems.WrongCurrentPassword();
        }
        accounts.update(account.withPasswordHash(hasher.hash(change.newPassword()), clock.instant()));
        refreshTokens.revokeAllOf(account.id());
    }

    private void requireGrantable(Set<Role> roles, Caller caller) {
        for (Role role : roles) {
            if (!role.grantableBy(caller.roles())) {
                throw new Problems.RoleNotAllowed(role, "can only be given or taken by an admin");
            }
        }
    }

    private Account load(long id, String gemeente) {
        return accounts.findByIdAndGemeente(id, gemeente).orElseThrow(() -> new Problems.AccountNotFound(id));
    }

    private AccountView insert(Account account) {
        try {
            return AccountView.of(accounts.save(account), clock.getZone());
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new Problems.EmailTaken();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
