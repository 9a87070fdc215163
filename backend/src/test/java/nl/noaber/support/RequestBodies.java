package nl.noaber.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The write operations of {@code api-spec/openapi.yaml} and what their bodies may hold, for tests
 * that walk all of them: every string property a client can send (with its schema), a concrete
 * path to call, and the body the spec gives as example.
 */
public final class RequestBodies {

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final OpenApiContract contract;

    public RequestBodies(OpenApiContract contract) {
        this.contract = contract;
    }

    /** A string property of a request body: where it sits ({@code onBehalf.consent.givenBy}, {@code wijken[0]}) and its schema. */
    public record StringProperty(OpenApiContract.Operation operation, String mediaType, String path, JsonNode schema) {

        public Optional<Integer> maxLength() {
            return schema.has("maxLength") ? Optional.of(schema.get("maxLength").asInt()) : Optional.empty();
        }

        /** One of a fixed set of values: its length needs no limit of its own. */
        public boolean isEnumerated() {
            return schema.has("enum") || schema.has("const");
        }

        /** Plain text: no pattern but "not blank", no format but e-mail. */
        public boolean isText() {
            String pattern = schema.path("pattern").asText("\\S");
            String format = schema.path("format").asText("email");
            return !isEnumerated() && pattern.equals("\\S") && format.equals("email");
        }

        /** A body holding only this property, set to {@code value}. */
        public ObjectNode bodyWith(String value) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            JsonNode node = root;
            String[] steps = path.split("\\.");
            for (int i = 0; i < steps.length; i++) {
                boolean last = i == steps.length - 1;
                boolean array = steps[i].endsWith("[0]");
                String name = array ? steps[i].substring(0, steps[i].length() - 3) : steps[i];
                if (array) {
                    ArrayNode items = ((ObjectNode) node).putArray(name);
                    if (last) {
                        items.add(value);
                    } else {
                        node = items.addObject();
                    }
                } else if (last) {
                    ((ObjectNode) node).put(name, value);
                } else {
                    node = ((ObjectNode) node).putObject(name);
                }
            }
            return root;
        }

        @Override
        public String toString() {
            return operation.method() + " " + operation.template() + " " + path;
        }
    }

    /** Every write operation (POST, PUT, DELETE, PATCH) of the spec. */
    public List<OpenApiContract.Operation> writeOperations() {
        return contract.operations().stream().filter(o -> WRITE_METHODS.contains(o.method())).toList();
    }

    /** The request body schemas of an operation, by media type; empty when it takes no body. */
    public List<String> mediaTypes(OpenApiContract.Operation operation) {
        List<String> types = new ArrayList<>();
        content(operation).fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The example body the spec gives for the operation's JSON body, if any. */
    public Optional<JsonNode> example(OpenApiContract.Operation operation) {
        JsonNode media = content(operation).path("application/json");
        return media.has("example") ? Optional.of(media.get("example")) : Optional.empty();
    }

    /** Every string property any request body of the spec may hold, nested ones included. */
    public List<StringProperty> stringProperties() {
        List<StringProperty> found = new ArrayList<>();
        for (OpenApiContract.Operation operation : writeOperations()) {
            content(operation).fields().forEachRemaining(media ->
                    walk(operation, media.getKey(), media.getValue().path("schema"), "", found, 0));
        }
        return found;
    }

    /** A callable path: template variables filled with ids that do not exist, or valid codes where the path needs one. */
    public static String concretePath(OpenApiContract.Operation operation) {
        return operation.template()
                .replace("{installationId}", "fuzz-installation-0001")
                .replace("{wijk}", "WK015006")
                .replace("{metric}", "residentsHelped")
                .replaceAll("\\{[^}]+}", "999999");
    }

    private JsonNode content(OpenApiContract.Operation operation) {
        JsonNode op = contract.document().path("paths").path(operation.template()).path(operation.method().toLowerCase(Locale.ROOT));
        return resolve(op.path("requestBody")).path("content");
    }

    private void walk(OpenApiContract.Operation operation, String mediaType, JsonNode schema, String path,
                      List<StringProperty> found, int depth) {
        if (depth > 10) {
            return;   // a recursive schema; request bodies have none today
        }
        schema = resolve(schema);
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(s -> walk(operation, mediaType, s, path, found, depth + 1));
        }
        if (isString(schema)) {
            found.add(new StringProperty(operation, mediaType, path, schema));
        }
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            walk(operation, mediaType, schema.get("properties").get(name), path.isEmpty() ? name : path + "." + name,
                    found, depth + 1);
        }
        if (schema.has("items")) {
            walk(operation, mediaType, schema.get("items"), path + "[0]", found, depth + 1);
        }
    }

    private static boolean isString(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.asText().equals("string") || (type.isArray() && type.toString().contains("\"string\""));
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = contract.document().at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
