package nl.noaber.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Noaber calls the API load driver makes, over one {@link HttpClient} on loopback. Seeding
 * uses the blocking {@link #call}; the measured steps use {@link #send}, which only hands back
 * the status, so that the driver spends its share of the two cores on sending, not on parsing.
 */
final class LoadApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    LoadApi(String base) {
        this.base = base;
        // HTTP/1.1: nginx listens without h2c, and the JDK client would otherwise try an upgrade.
        ExecutorService callbacks = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "load-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).executor(callbacks).build();
    }

    /** A call whose answer the driver reads (seeding, finding offers); throws on a status outside {@code expect}. */
    JsonNode call(String method, String path, String token, String body, int... expect) {
        try {
            HttpResponse<String> response = http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
            for (int status : expect) {
                if (response.statusCode() == status) {
                    return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
                }
            }
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A measured call: completes with the status, or exceptionally on a timeout or a refused connection. */
    CompletableFuture<Integer> send(String method, String path, String token, String body) {
        return http.sendAsync(request(method, path, token, body), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    String login(String email, String password) {
        return call("POST", "/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200).get("accessToken").asText();
    }

    ObjectMapper json() {
        return json;
    }

    private HttpRequest request(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (!method.equals("GET")) {
            // Phones send an Idempotency-Key on every write (ADR 020); the service then claims it in
            // the write's transaction, which is part of what a write costs.
            b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
