package nl.noaber.geo;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for PDOK Locatieserver's {@code /free} endpoint, answering in its recorded
 * response format (Solr-style {@code response.docs}). It knows one address, and can be told to
 * fail or to hang, to exercise timeouts and the circuit breaker.
 */
final class FakePdok implements AutoCloseable {

    enum Mode { UP, ERROR, SLOW }

    // Recorded shape of a Locatieserver v3.1 answer for "postcode:7411KS and huisnummer:1".
    private static final String BRINK_1 = """
        {"response":{"numFound":1,"start":0,"maxScore":17.1,"numFoundExact":true,"docs":[{
          "weergavenaam":"Brink 1, 7411KS Deventer","straatnaam":"Brink","huis_nlt":"1",
          "postcode":"7411KS","woonplaatsnaam":"Deventer","centroide_ll":"POINT(6.16012 52.25131)"}]}}
        """;
    private static final String NOTHING = """
        {"response":{"numFound":0,"start":0,"maxScore":0.0,"numFoundExact":true,"docs":[]}}
        """;

    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Mode mode = Mode.UP;

    FakePdok() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/free", exchange -> {
            calls.incrementAndGet();
            String query = URLDecoder.decode(String.valueOf(exchange.getRequestURI().getRawQuery()), StandardCharsets.UTF_8);
            if (mode == Mode.SLOW) {
                sleep(5_000);
            }
            int status = mode == Mode.ERROR ? 500 : 200;
            String body = mode == Mode.ERROR ? "{\"error\":\"boom\"}"
                    : query.contains("postcode:7411KS and huisnummer:1") ? BRINK_1 : NOTHING;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(Mode newMode) {
        mode = newMode;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
