package nl.noaber.geo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.core.util.StringUtils;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.retry.annotation.CircuitBreaker;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Address lookup with PDOK Locatieserver's {@code free} endpoint (the Dutch government geocoder
 * over BAG). Timeouts keep a phone user from waiting long; the circuit breaker stops calling a
 * PDOK that is down for a while (30 s by default) after a failure, so requests fail fast instead of piling up threads.
 */
@Singleton
@Requires(property = "noaber.geo.pdok.enabled", value = StringUtils.TRUE)
class PdokGeocoder implements Geocoder {

    private static final Pattern WKT_POINT = Pattern.compile("POINT\\(([-0-9.]+) ([-0-9.]+)\\)");
    private static final String FIELDS = "weergavenaam,straatnaam,huis_nlt,postcode,woonplaatsnaam,centroide_ll";

    private final PdokProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    PdokGeocoder(PdokProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    @Override
    @CircuitBreaker(attempts = "1", delay = "100ms", reset = "${noaber.geo.pdok.breaker-reset:30s}")
    public Optional<GeocodedAddress> lookup(DutchAddress address) {
        String query = "postcode:" + address.postcode() + " and huisnummer:" + address.huisnummer()
                + (address.toevoeging().isEmpty() ? "" : " and huis_nlt:" + address.huisnummer() + address.toevoeging());
        URI uri = URI.create(properties.baseUrl() + "/free?fq=type:adres&rows=1&fl=" + FIELDS
                + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new GeocoderUnavailable("PDOK answered HTTP " + response.statusCode());
            }
            return firstAddress(json.readValue(response.body(), Argument.of(JsonNode.class)));
        } catch (IOException e) {
            throw new GeocoderUnavailable("PDOK could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeocoderUnavailable("Address lookup was interrupted");
        }
    }

    private static Optional<GeocodedAddress> firstAddress(JsonNode root) {
        JsonNode docs = root.get("response") == null ? null : root.get("response").get("docs");
        if (docs == null || !docs.isArray()) {
            throw new GeocoderUnavailable("PDOK answered in an unexpected format");
        }
        if (docs.size() == 0) {
            return Optional.empty();
        }
        JsonNode doc = docs.get(0);
        Matcher point = WKT_POINT.matcher(text(doc, "centroide_ll"));
        if (!point.matches()) {
            throw new GeocoderUnavailable("PDOK answered without a position");
        }
        LatLon position = new LatLon(Double.parseDouble(point.group(2)), Double.parseDouble(point.group(1)));
        return Optional.of(new GeocodedAddress(text(doc, "weergavenaam"), text(doc, "straatnaam"), text(doc, "huis_nlt"),
                text(doc, "postcode"), text(doc, "woonplaatsnaam"), position));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value != null && value.isString() ? value.getStringValue() : "";
    }
}
