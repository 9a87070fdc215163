package nl.noaber.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake FCM HTTP v1 server on loopback, driven by the real Firebase Admin SDK: it serves the
 * OAuth token exchange of a generated service account ({@code token_uri} points here) and
 * {@code POST /v1/projects/{project}/messages:send}. It checks the bearer token and records each
 * message; it answers as the test says — success, 429 with Retry-After, 500, 503, or hang — and a
 * token that starts with {@code unregistered-} always gets FCM's UNREGISTERED.
 */
final class FakeFcm implements AutoCloseable {

    static final String PROJECT = "noaber-test";
    static final String ACCESS_TOKEN = "fake-access-token";

    enum Mode { OK, QUOTA_EXCEEDED, INTERNAL, UNAVAILABLE, HANG }

    /** One accepted or refused message: the JSON the SDK sent, and the Authorization header. */
    record Received(JsonNode message, String authorization, boolean accepted) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Mode mode = Mode.OK;
    private volatile int retryAfterSeconds = 30;

    FakeFcm() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/token", this::token);
        server.createContext("/v1/projects/", this::send);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(Mode mode) {
        this.mode = mode;
    }

    void retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<JsonNode> accepted() {
        return received.stream().filter(Received::accepted).map(Received::message).toList();
    }

    void forget() {
        received.clear();
    }

    /** Configuration that points the service's real Firebase Admin SDK at this server. */
    Map<String, String> serviceProperties() {
        try {
            Path dir = Files.createTempDirectory("noaber-fcm");
            return Map.of("noaber.push.credentials", serviceAccount(dir).toString(), "noaber.push.endpoint", url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service-account file for the SDK, with a fresh RSA key and this server as token endpoint. */
    Path serviceAccount(Path dir) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path file = dir.resolve("service-account.json");
            Files.writeString(file, JSON.writeValueAsString(Map.of("type", "service_account", "project_id", PROJECT,
                    "private_key_id", "fake-key", "private_key", pem, "client_email", "push@" + PROJECT + ".iam.gserviceaccount.com",
                    "client_id", "1", "token_uri", url() + "/token")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!form.contains("assertion=")) {
            respond(exchange, 400, "{\"error\":\"invalid_request\"}", Map.of());
            return;
        }
        respond(exchange, 200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}", Map.of());
    }

    private void send(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        JsonNode message = body.path("message");
        if (!exchange.getRequestURI().getPath().equals("/v1/projects/" + PROJECT + "/messages:send")
                || !("Bearer " + ACCESS_TOKEN).equals(authorization)) {
            received.add(new Received(message, authorization, false));
            respond(exchange, 401, error(401, "UNAUTHENTICATED", null), Map.of());
            return;
        }
        if (message.path("token").asText().startsWith("unregistered-")) {
            received.add(new Received(message, authorization, false));
            respond(exchange, 404, error(404, "NOT_FOUND", "UNREGISTERED"), Map.of());
            return;
        }
        Mode now = mode;
        received.add(new Received(message, authorization, now == Mode.OK));
        switch (now) {
            case OK -> respond(exchange, 200, "{\"name\":\"projects/" + PROJECT + "/messages/" + ids.incrementAndGet() + "\"}", Map.of());
            case QUOTA_EXCEEDED -> respond(exchange, 429, error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"),
                    Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
            case INTERNAL -> respond(exchange, 500, error(500, "INTERNAL", "INTERNAL"), Map.of());
            case UNAVAILABLE -> respond(exchange, 503, error(503, "UNAVAILABLE", "UNAVAILABLE"), Map.of("Retry-After", "0"));
            case HANG -> {
                sleep(30_000);
                exchange.close();
            }
        }
    }

    private static String error(int code, String status, String fcmCode) {
        String details = fcmCode == null ? "[]"
                : "[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + fcmCode + "\"}]";
        return "{\"error\":{\"code\":" + code + ",\"message\":\"fake " + status + "\",\"status\":\"" + status
                + "\",\"details\":" + details + "}}";
    }

    private static void respond(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
