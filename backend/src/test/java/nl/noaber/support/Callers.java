package nl.noaber.support;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A caller who may call an operation of the spec, read from the {@code @Secured} of the controller
 * method that serves it, so a test that walks every operation (the fuzz test, the length test)
 * reaches the validation behind the security check. Demo accounts of Deventer stand in for the
 * roles; tokens are fetched once per account.
 */
public final class Callers {

    private static final Map<String, String> DEMO_BY_ROLE = Map.of(
            "ADMIN", "admin", "COORDINATOR", "coordinator", "VET_STAFF", "vet", "RESIDENT", "bewoner1",
            "MANTELZORGER", "mantelzorger", "VOLUNTEER", "vrijwilliger1");

    private final Api api;
    private final Router router;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Callers(Api api, Router router) {
        this.api = api;
        this.router = router;
    }

    /** The demo account allowed to call the operation, or empty for an anonymous operation. */
    public Optional<String> who(OpenApiContract.Operation operation) {
        UriRouteInfo<?, ?> route = router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.valueOf(operation.method()))
                .filter(r -> r.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "").equals(operation.template()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no route serves " + operation));
        // the method's own @Secured overrides its controller's
        String[] onMethod = route.getTargetMethod().getExecutableMethod().getDeclaredMetadata().stringValues(Secured.class);
        List<String> allowed = List.of(onMethod.length > 0 ? onMethod
                : route.getTargetMethod().getAnnotationMetadata().stringValues(Secured.class));
        if (allowed.contains(SecurityRule.IS_ANONYMOUS)) {
            return Optional.empty();
        }
        if (allowed.contains(SecurityRule.IS_AUTHENTICATED)) {
            return Optional.of("bewoner1");
        }
        return allowed.stream().filter(DEMO_BY_ROLE::containsKey).map(DEMO_BY_ROLE::get).findFirst()
                .or(() -> {
                    throw new AssertionError(operation + " allows no role a demo account has: " + allowed);
                });
    }

    /** An access token of a caller allowed to call the operation, or null for an anonymous one. */
    public String tokenFor(OpenApiContract.Operation operation) {
        return who(operation).map(this::token).orElse(null);
    }

    /** The access token of a demo account of Deventer ({@code bewoner1}, {@code coordinator}…). */
    public String token(String who) {
        return tokens.computeIfAbsent(who, w -> api.login(Demo.email(w, "deventer"), Demo.PASSWORD));
    }
}
