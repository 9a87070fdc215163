package nl.noaber.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Callers;
import nl.noaber.support.OpenApiContract;
import nl.noaber.support.RequestBodies;
import nl.noaber.support.RequestBodies.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static nl.noaber.web.InputHardeningApiTest.assertProblem;
import static nl.noaber.web.InputHardeningApiTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9: every string a request body may hold has a length limit in {@code api-spec/openapi.yaml},
 * and the service keeps exactly that limit and the character rules of names and free text
 * (docs/adr/021-input-hardening.md). Walks the spec, so a new body field is covered the day it is
 * specified.
 */
@MicronautTest(transactional = false)
class RequestTextApiTest {

    /** Secrets are compared, never shown: any character may be part of them. */
    private static final Set<String> SECRETS = Set.of("password", "currentPassword", "newPassword", "initialPassword",
            "refreshToken");

    private final RequestBodies bodies = new RequestBodies(OpenApiContract.load());

    @Inject
    Api api;

    @Inject
    Router router;

    private Callers callers;

    @BeforeEach
    void callers() {
        callers = new Callers(api, router);
    }

    @Test
    void everyStringARequestBodyMayHoldHasAMaxLengthInTheSpec() {
        List<String> unbounded = bodies.stringProperties().stream()
                .filter(p -> !p.isEnumerated() && p.maxLength().isEmpty())
                .map(StringProperty::toString)
                .toList();

        assertEquals(List.of(), unbounded, "add maxLength to these (and the matching @Size to the Java record)");
    }

    @TestFactory
    Stream<DynamicTest> oneCharacterOverTheLimitIsA400NamingTheField() {
        return bounded().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            int max = p.maxLength().orElseThrow();

            Api.Response response = send(p, filler(p, max + 1));

            assertProblem(response, 400);
            assertTrue(fields(response).contains(p.path()), p + " not named in " + response.raw());
        }));
    }

    @TestFactory
    Stream<DynamicTest> textOfExactlyTheLimitIsAccepted() {
        return bounded().filter(StringProperty::isText).map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            int max = p.maxLength().orElseThrow();

            Api.Response response = send(p, filler(p, max));

            assertTrue(response.status() < 500, response.raw());
            assertFalse(fields(response).contains(p.path()), "the spec allows " + max + " characters: " + response.raw());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aControlCharacterInTextIsA400NamingTheField() {
        return bounded().filter(StringProperty::isText).filter(p -> !isSecret(p))
                .filter(p -> !p.path().endsWith("email"))   // @Email's job; a login with any other text is a 401
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
                    Api.Response response = send(p, "Tekst\u0007met een bel");

                    assertProblem(response, 400);
                    assertTrue(fields(response).contains(p.path()), p + " not named in " + response.raw());
                }));
    }

    private Stream<StringProperty> bounded() {
        return bodies.stringProperties().stream()
                .filter(p -> p.mediaType().equals("application/json"))
                .filter(p -> !p.isEnumerated() && p.maxLength().isPresent());
    }

    private Api.Response send(StringProperty property, String value) {
        return api.send(property.operation().method(), RequestBodies.concretePath(property.operation()),
                callers.tokenFor(property.operation()), property.bodyWith(value).toString(), "application/json");
    }

    private static boolean isSecret(StringProperty property) {
        String leaf = property.path().substring(property.path().lastIndexOf('.') + 1);
        return SECRETS.contains(leaf);
    }

    /** Text of {@code length} characters that is valid apart from its length: an e-mail address for e-mail fields. */
    static String filler(StringProperty property, int length) {
        return "email".equals(property.schema().path("format").asText()) ? email(length) : "a".repeat(length);
    }

    /** An e-mail address of exactly {@code length} characters, with DNS labels of at most 63. */
    static String email(int length) {
        StringBuilder domain = new StringBuilder();
        int remaining = length - 2;
        while (remaining > 66) {
            domain.append("b".repeat(62)).append('.');
            remaining -= 63;
        }
        domain.append("c".repeat(remaining - 3)).append(".nl");
        return "a@" + domain;
    }
}
