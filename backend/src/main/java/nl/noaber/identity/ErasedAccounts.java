package nl.noaber.identity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.ReadOnly;
import nl.noaber.NoaberProblem;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of an erased account stop working at once, not when they expire: the token is
 * self-contained, so every instance keeps the ids of accounts erased within one access-token
 * lifetime (older tokens have expired anyway) and refuses them. The set is refreshed from the
 * database every few seconds, so an erasure on another instance takes effect here within that.
 * Writes do not wait for that: each one asks the database (a primary-key lookup), so no write of an
 * erased account lands anywhere, even in those seconds.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ErasedAccounts implements Ordered {

    private final Set<Long> erased = ConcurrentHashMap.newKeySet();
    private final AccountRepository accounts;
    private final IdentityProperties properties;
    private final Clock clock;

    ErasedAccounts(AccountRepository accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /** Called once the erasure has committed, so this instance refuses the account's tokens at once. */
    public void add(long accountId) {
        erased.add(accountId);
    }

    @Scheduled(fixedDelay = "5s", initialDelay = "0s")
    @ReadOnly
    void refresh() {
        // Never pruned: erased accounts stay erased, and there are few.
        erased.addAll(accounts.findErasedSince(clock.instant().minus(properties.accessTokenLifetime()).minusSeconds(60)));
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void refuseErased(HttpRequest<?> request) {
        Optional<Long> account = request.getUserPrincipal(Authentication.class).map(a -> Long.parseLong(a.getName()));
        if (account.isEmpty()) {
            return;
        }
        boolean write = request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD;
        if (erased.contains(account.get()) || write && accounts.countErased(account.get()) > 0) {
            throw new AccountErased();
        }
    }

    static final class AccountErased extends NoaberProblem {
        AccountErased() {
            super("account-erased", HttpStatus.UNAUTHORIZED, "Account erased",
                    "This account was erased at its owner's request; its sessions have ended");
        }
    }
}
