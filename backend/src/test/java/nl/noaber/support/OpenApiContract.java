package nl.noaber.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract in {@code api-spec/openapi.yaml}, checked against real responses.
 *
 * <p>OpenAPI 3.1 schemas are JSON Schema 2020-12, so a response body is validated with a JSON
 * Schema validator: the whole document is the root schema and a {@code $ref} points into it at
 * the response's schema, so that the spec's own {@code $ref}s resolve as written.
 */
public final class OpenApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final JsonNode document;
    private final List<Operation> operations;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** One operation of the spec: a method on a path template. */
    public record Operation(String method, String template, Pattern pattern) {
    }

    private OpenApiContract(JsonNode document) {
        this.document = document;
        this.operations = readOperations(document);
    }

    public static OpenApiContract load() {
        String location = System.getProperty("noaber.api-spec", "../api-spec/openapi.yaml");
        return LOADED.computeIfAbsent(location, l -> {
            try {
                return new OpenApiContract(YAML.readTree(Path.of(l).toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the API spec at " + l, e);
            }
        });
    }

    public List<Operation> operations() {
        return operations;
    }

    public JsonNode document() {
        return document;
    }

    /**
     * Checks one real response: the operation, the status and the content type must be in the
     * spec, and the body must match the schema.
     *
     * @return the problems found, empty when the response keeps the contract
     */
    public List<String> check(String method, String path, int status, String contentType, JsonNode body) {
        Optional<Operation> operation = find(method, path);
        if (operation.isEmpty()) {
            // Unknown paths are answered by the router: they must still be problems.
            return status >= 400 && body != null
                    ? validate(schema("/components/schemas/Problem"), body, method + " " + path + " " + status)
                    : List.of(method + " " + path + " " + status + " is not in the spec");
        }
        String opPointer = "/paths/" + escape(operation.get().template()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode responses = document.at(opPointer + "/responses");
        String code = String.valueOf(status);
        String key = responses.has(code) ? code
                : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        String where = method + " " + operation.get().template() + " " + status;
        if (key == null) {
            return List.of(where + ": status not in the spec");
        }
        String responsePointer = opPointer + "/responses/" + key;
        JsonNode response = resolve(document.at(responsePointer));
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isMissingNode() || body.isNull()
                    ? List.of() : List.of(where + ": spec says no body, but one came");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!content.has(mediaType)) {
            return List.of(where + ": content type '" + mediaType + "' not in the spec " + iterable(content.fieldNames()));
        }
        if (body == null) {
            return List.of();
        }
        String schemaPointer = pointerOf(responsePointer) + "/content/" + escape(mediaType) + "/schema";
        return validate(schema(schemaPointer), body, where);
    }

    private static List<String> validate(JsonSchema schema, JsonNode body, String where) {
        Set<ValidationMessage> errors = schema.validate(body);
        return errors.stream().map(e -> where + ": " + e.getMessage()).sorted().collect(Collectors.toList());
    }

    private Optional<Operation> find(String method, String path) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.pattern().matcher(path).matches())
                // a literal segment beats a template variable: /accounts/me before /accounts/{id}
                .min((a, b) -> Long.compare(a.template().chars().filter(c -> c == '{').count(),
                        b.template().chars().filter(c -> c == '{').count()));
    }

    /** Follows a response {@code $ref} to components, returning the pointer of the real object. */
    private String pointerOf(String pointer) {
        JsonNode node = document.at(pointer);
        while (node.has("$ref")) {
            pointer = node.get("$ref").asText().substring(1);
            node = document.at(pointer);
        }
        return pointer;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> {
            ObjectNode root = document.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#" + p);
            return factory.getSchema(root);
        });
    }

    private static List<Operation> readOperations(JsonNode document) {
        List<Operation> result = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(m)) {
                String regex = "\\Q" + path.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
                result.add(new Operation(m.toUpperCase(Locale.ROOT), path.getKey(), Pattern.compile(regex)));
            }
        }));
        return result;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
