package nl.noaber.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #9 (first part): every answer hardens the browser, the API's and the dashboard's alike. */
@MicronautTest(transactional = false)
class SecurityHeadersApiTest {

    @Inject
    Api api;

    @Test
    void everyAnswerCarriesTheHardeningHeaders() throws Exception {
        for (String path : new String[] {"/health", "/help-requests"}) {
            assertHardened(path, api.get(path, null).headers());
        }
        // The dashboard's page is no API operation, so it is fetched past the contract check.
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api.base().resolve("/dashboard/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertHardened("/dashboard/", page.headers().map());
    }

    @Test
    void theRootLeadsToThePhoneClientWhichIsServedHardened() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();   // does not follow redirects
        HttpResponse<String> root = browser.send(HttpRequest.newBuilder(api.base().resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, root.statusCode());
        assertEquals("/app/", root.headers().firstValue("Location").orElse(null));
        assertHardened("/", root.headers().map());

        HttpResponse<String> client = browser.send(HttpRequest.newBuilder(api.base().resolve("/app/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, client.statusCode(), "the client is built into public/app by the Maven build");
        assertTrue(client.body().contains("<main id=\"main\""), client.body());
        assertHardened("/app/", client.headers().map());

        // Only the client's own files: anything else under /app/, and a write to /, is an API 404.
        for (String[] call : new String[][] {{"GET", "/app/no-such-file.js"}, {"POST", "/"}, {"GET", "/no-such-endpoint"}}) {
            HttpResponse<String> missing = browser.send(HttpRequest.newBuilder(api.base().resolve(call[1]))
                    .method(call[0], HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode(), call[0] + " " + call[1]);
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(null), call[1]);
        }
    }

    private static void assertHardened(String path, Map<String, List<String>> headers) {
        Api.Response response = new Api.Response(200, headers, "", null);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        assertEquals("DENY", response.header("X-Frame-Options"), path);
        assertEquals("no-referrer", response.header("Referrer-Policy"), path);
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
        assertNull(response.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    @Test
    void behindATlsProxyTheBrowserIsToldToStayOnHttps() {
        Api.Response response = api.send("GET", "/health", null, null, null, "X-Forwarded-Proto", "https");

        assertEquals(SecurityHeadersFilter.HSTS, response.header("Strict-Transport-Security"));
    }
}
