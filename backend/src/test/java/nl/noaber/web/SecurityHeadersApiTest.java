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
