package nl.noaber.web;

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
import io.micronaut.transaction.annotation.Transactional;
import nl.noaber.NoaberProblem;
import nl.noaber.identity.ClientAddress;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Abuse limits on the writes that cost others something: posting requests (each one pushes to
 * volunteers), answering offers, registering and logging in. Counted in PostgreSQL, so every
 * instance shares the count (docs/adr/020-idempotency-and-rate-limits.md). Over the limit: 429
 * with {@code Retry-After} until the window ends.
 */
@ServerFilter(patterns = "/**", methods = HttpMethod.POST)
class RateLimitFilter implements Ordered {

    private final RateLimitWindows windows;
    private final RateLimitProperties limits;
    private final ClientAddress addresses;
    private final Clock clock;

    RateLimitFilter(RateLimitWindows windows, RateLimitProperties limits, ClientAddress addresses, Clock clock) {
        this.windows = windows;
        this.limits = limits;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void limit(HttpRequest<?> request) {
        // The router also takes "/help-requests/" for "/help-requests": classify both alike.
        String path = request.getPath().length() > 1 && request.getPath().endsWith("/")
                ? request.getPath().substring(0, request.getPath().length() - 1) : request.getPath();
        Optional<String> account = request.getUserPrincipal().map(Principal::getName);
        String address = addresses.of(request);
        Instant now = clock.instant();
        if (path.equals("/help-requests")) {
            check("posting", account, limits.postingPerAccount(), address, limits.postingPerAddress(), now);
        } else if (path.startsWith("/offers/") || path.endsWith("/manual-offers")) {
            check("offers", account, limits.offersPerAccount(), address, limits.offersPerAddress(), now);
        } else if (path.equals("/auth/register")) {
            check("registration", Optional.empty(), 0, address, limits.registrationsPerAddress(), now);
        } else if (path.equals("/auth/login")) {
            check("login", Optional.empty(), 0, address, limits.loginsPerAddress(), now);
        }
    }

    private void check(String bucket, Optional<String> account, int perAccount, String address, int perAddress, Instant now) {
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() - now.toEpochMilli() % limits.window().toMillis());
        Duration untilNext = Duration.between(now, windowStart.plus(limits.window()));
        if (account.isPresent() && windows.hit(bucket, "account:" + account.get(), windowStart) > perAccount) {
            throw new RateLimited(bucket, untilNext);
        }
        if (windows.hit(bucket, "address:" + address, windowStart) > perAddress) {
            throw new RateLimited(bucket, untilNext);
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @Transactional
    void forgetOldWindows() {
        windows.deleteBefore(clock.instant().minus(limits.window()).minus(Duration.ofHours(1)));
    }

    static final class RateLimited extends NoaberProblem {
        private final Duration retryAfter;

        RateLimited(String bucket, Duration retryAfter) {
            super("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "Too many " + bucket + " requests from this account or address; try again in "
                            + Math.max(1, retryAfter.toMinutes()) + " minute(s)");
            this.retryAfter = retryAfter;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(retryAfter);
        }
    }
}
