package nl.noaber.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.OpenApiContract;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The code and {@code api-spec/openapi.yaml} describe the same API. Response bodies are checked
 * by {@link Api} in every API test; this test checks that the set of operations is the same,
 * so an endpoint added or removed on one side only fails the build.
 */
@MicronautTest(transactional = false)
class ContractTest {

    private static final Set<String> NOT_IN_SPEC = Set.of(
            "GET /health/{selector}");   // Micronaut's per-indicator variant; only /health is public API

    @Inject
    Router router;

    @Inject
    Api api;

    @Test
    void everyRouteOfTheServiceIsInTheSpecAndViceVersa() {
        Set<String> served = router.uriRoutes()
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", ""))
                .filter(r -> !NOT_IN_SPEC.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> specified = OpenApiContract.load().operations().stream()
                .map(o -> o.method() + " " + o.template())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(specified, served, "api-spec/openapi.yaml and the controllers disagree");
    }

    @Test
    void theSpecIsOpenApi31WithABearerSchemeAndASecurityDecisionPerOperation() {
        var document = OpenApiContract.load().document();
        assertTrue(document.get("openapi").asText().startsWith("3.1"));
        assertEquals("bearer", document.at("/components/securitySchemes/bearerAuth/scheme").asText());
        for (OpenApiContract.Operation op : OpenApiContract.load().operations()) {
            var operation = document.get("paths").get(op.template()).get(op.method().toLowerCase());
            assertTrue(operation.has("security"), op + " must say whether it needs a token");
            assertTrue(operation.has("operationId"), op + " needs an operationId for the typed client");
        }
    }

    @Test
    void healthAndMetricsKeepTheirContract() {
        Api.Response health = api.get("/health", null);
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());

        Api.Response metrics = api.get("/metrics", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.raw().contains("# TYPE jvm_memory_used_bytes gauge"), "Prometheus text format");
        assertTrue(metrics.raw().contains("hikaricp_connections"), "the pool is measured");
    }
}
