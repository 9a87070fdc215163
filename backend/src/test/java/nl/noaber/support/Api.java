package nl.noaber.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for API tests. Every response it sees is checked against
 * {@code api-spec/openapi.yaml}; a response that breaks the contract fails the test that
 * caused it, so code and spec cannot drift apart unnoticed.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiContract contract = OpenApiContract.load();

    public Api(URI base) {
        this(base, Duration.ofSeconds(30));
    }

    private Api(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** The same service with a longer wait for an answer (benchmarks of slow paths). */
    public Api patient(Duration wait) {
        return new Api(base, wait);
    }

    /** A response as the tests read it. */
    public record Response(int status, Map<String, List<String>> headers, String raw, JsonNode json) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst().orElse(null);
        }

        public String contentType() {
            return header("content-type");
        }
    }

    /** Where the service under test listens (for clients this class does not cover, e.g. a stream). */
    public URI base() {
        return base;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, "application/json");
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, toJson(body), "application/json");
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, toJson(body), "application/json");
    }

    /** Sends a raw body as given, for malformed and oversized input, with extra header name/value pairs. */
    public Response send(String method, String path, String token, String rawBody, String contentType,
                         String... headers) {
        return sendBytes(method, path, token, rawBody == null ? null : rawBody.getBytes(StandardCharsets.UTF_8),
                contentType, headers);
    }

    /** Sends bytes as given (invalid UTF-8, say); without a content type when {@code contentType} is null. */
    public Response sendBytes(String method, String path, String token, byte[] rawBody, String contentType,
                              String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (rawBody != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(rawBody));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Response result = new Response(response.statusCode(), response.headers().map(), response.body(),
                    parse(response.body(), response.headers().firstValue("content-type").orElse("")));
            List<String> violations = contract.check(method, URI.create(path).getPath(), result.status(),
                    result.contentType(), result.json().isMissingNode() ? null : result.json());
            if (!violations.isEmpty()) {
                throw new AssertionError("Response breaks api-spec/openapi.yaml: " + violations + "\nbody: " + result.raw());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and returns the access token. */
    public String login(String email, String password) {
        Response response = post("/auth/login", null, Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + email + " failed: " + response.raw());
        }
        return response.json().get("accessToken").asText();
    }

    private static JsonNode parse(String body, String contentType) {
        if (body == null || body.isEmpty() || !contentType.contains("json")) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Response claims JSON but is not: " + body, e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
