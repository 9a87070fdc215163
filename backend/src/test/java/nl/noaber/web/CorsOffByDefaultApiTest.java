package nl.noaber.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static nl.noaber.web.CorsApiTest.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue #9: without NOABER_CORS_ORIGINS no origin gets CORS headers; the same-origin dashboard needs none.
 * On localhost, where tests run, Micronaut refuses a foreign origin outright; the refusal is a problem too.
 */
@MicronautTest(transactional = false)
class CorsOffByDefaultApiTest {

    @Inject
    Api api;

    @Test
    void noForeignOriginGetsCorsHeaders() throws Exception {
        HttpResponse<String> preflight = CorsApiTest.preflight(api, CorsApiTest.ALLOWED, "POST");
        Api.Response real = api.send("GET", "/gemeenten", null, null, null, "Origin", CorsApiTest.ALLOWED);

        assertNull(header(preflight, "Access-Control-Allow-Origin"));
        assertNull(real.header("Access-Control-Allow-Origin"));
        // the test server runs on localhost, where Micronaut refuses foreign origins outright
        assertEquals(403, real.status(), real.raw());
        assertEquals("application/problem+json", real.contentType());
    }
}
