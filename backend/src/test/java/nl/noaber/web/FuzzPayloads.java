package nl.noaber.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bad request bodies for the fuzz test, made from a seeded {@link Random} so that the run's seed
 * reproduces it: the spec's example with a few values broken, random JSON, deep nesting,
 * cut-off JSON, invalid UTF-8, wrong content types, empty and oversized bodies.
 */
final class FuzzPayloads {

    /** What is sent, and how it was made (shown when a try fails). */
    record Payload(byte[] body, String contentType, String how) {

        @Override
        public String toString() {
            String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
            return how + " [" + contentType + "] " + (text.length() > 400 ? text.substring(0, 400) + "… (" + text.length() + " chars)" : text);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONE_SURROGATE = "\u0001LONE-SURROGATE\u0001";
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
            "application/octet-stream", "application/merge-patch+json");
    private static final List<String> NAMES = List.of("", "__proto__", "constructor", "$ref", "a.b", "id", "gemeente",
            "status", "roles", "ADMIN", "x".repeat(150), "naïve", "\u202Eevil");

    private final Random random;

    FuzzPayloads(Random random) {
        this.random = random;
    }

    Payload next(JsonNode example) {
        int kind = random.nextInt(100);
        if (kind < 45) {
            JsonNode body = example.deepCopy();
            StringBuilder how = new StringBuilder("example with");
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                body = mutate(body, how);
            }
            return json(body, how.toString());
        }
        if (kind < 58) {
            return json(randomJson(3), "random JSON");
        }
        if (kind < 64) {
            int depth = 20 + random.nextInt(random.nextBoolean() ? 40 : 20_000);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            return text("{\"x\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}", "application/json", "nested " + depth + " deep");
        }
        if (kind < 72) {
            String whole = example.toString();
            return text(whole.substring(0, random.nextInt(Math.max(1, whole.length()))), "application/json", "cut off");
        }
        if (kind < 79) {
            return invalidUtf8(example.toString());
        }
        if (kind < 86) {
            return text(example.toString(), CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())), "wrong content type");
        }
        if (kind < 90) {
            return new Payload(random.nextBoolean() ? new byte[0] : null, random.nextBoolean() ? "application/json" : null, "empty");
        }
        if (kind < 95) {
            List<String> odd = List.of("null", "[]", "\"tekst\"", "12", "true", "{}", "{\"a\":1,\"a\":2}", "{'a':1}",
                    "{\"a\":1,}", "[1,2", "\uFEFF{}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "/* */{}");
            return text(odd.get(random.nextInt(odd.size())), "application/json", "odd JSON");
        }
        int size = 60 * 1024 + random.nextInt(10 * 1024);
        ObjectNode big = example.isObject() ? example.deepCopy() : NODES.objectNode();
        big.put("padding", "x".repeat(size));
        return json(big, "about 64 KiB");
    }

    private JsonNode mutate(JsonNode body, StringBuilder how) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(body, objects);
        if (objects.isEmpty() || random.nextInt(10) == 0) {
            how.append(" replaced whole");
            return weirdValue();
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        int action = random.nextInt(10);
        if (action < 2 && !fields.isEmpty()) {
            String field = fields.get(random.nextInt(fields.size()));
            target.remove(field);
            how.append(" ").append(field).append(" missing;");
        } else if (action < 4) {
            String field = NAMES.get(random.nextInt(NAMES.size()));
            target.set(field, weirdValue());
            how.append(" extra ").append(field).append(";");
        } else if (!fields.isEmpty()) {
            String field = fields.get(random.nextInt(fields.size()));
            target.set(field, weirdValue());
            how.append(" ").append(field).append(" broken;");
        }
        return body;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node.isObject()) {
            into.add((ObjectNode) node);
        }
        node.forEach(child -> collectObjects(child, into));
    }

    /** A value of the wrong type, size or content for most fields. */
    private JsonNode weirdValue() {
        return switch (random.nextInt(26)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(0);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(2_147_483_648L);
            case 5 -> NODES.numberNode(new BigInteger("9223372036854775808"));
            case 6 -> NODES.numberNode(new BigDecimal("1E+400"));
            case 7 -> NODES.numberNode(new BigDecimal("-1E-400"));
            case 8 -> NODES.numberNode(1.7976931348623157E308);
            case 9 -> NODES.numberNode(0.000001);
            case 10 -> NODES.textNode("");
            case 11 -> NODES.textNode("   ");
            case 12 -> NODES.textNode("a".repeat(1 + random.nextInt(random.nextBoolean() ? 300 : 20_000)));
            case 13 -> NODES.textNode("bel\u0007nul\u0000esc\u001B[31mdel\u007Fc1\u0085");
            case 14 -> NODES.textNode("Jan\u202Egnol\u2066x\u2069");
            case 15 -> NODES.textNode("emoji 👵🏼‍🦯 e\u0301 \uFFFF \uFEFF");
            case 16 -> NODES.textNode(LONE_SURROGATE);
            case 17 -> NODES.textNode("2026-13-45T25:61:00+99:00");
            case 18 -> NODES.textNode("'; DROP TABLE account; --");
            case 19 -> NODES.textNode("<script>alert(1)</script>");
            case 20 -> NODES.arrayNode();
            case 21 -> NODES.objectNode();
            case 22 -> {
                ArrayNode point = NODES.arrayNode().add(random.nextDouble() * 720 - 360).add(random.nextDouble() * 360 - 180);
                yield NODES.objectNode().put("type", "Point").set("coordinates", point);
            }
            case 23 -> NODES.textNode(String.valueOf(random.nextLong()));
            case 24 -> NODES.arrayNode().add(randomJson(1)).add(randomJson(1));
            default -> randomJson(2);
        };
    }

    private JsonNode randomJson(int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> NODES.numberNode(random.nextInt(5) == 0 ? random.nextDouble() * 1e12 : random.nextInt());
            case 1 -> NODES.textNode(randomText());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    array.add(randomJson(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = 0, n = random.nextInt(5); i < n; i++) {
                    object.set(random.nextBoolean() ? NAMES.get(random.nextInt(NAMES.size())) : randomText(), randomJson(depth - 1));
                }
                yield object;
            }
        };
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            text.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private Payload json(JsonNode body, String how) {
        // Jackson would write a lone surrogate as '?'; the escape keeps it lone on the wire
        return text(body.toString().replace(LONE_SURROGATE, "\\ud800"), "application/json", how);
    }

    private Payload invalidUtf8(String json) {
        byte[] valid = json.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(valid.length + 1);
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88},
            {(byte) 0xC0, (byte) 0xAF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(valid, at, valid.length - at);
        return new Payload(out.toByteArray(), "application/json", "invalid UTF-8 at byte " + at);
    }

    private static Payload text(String body, String contentType, String how) {
        return new Payload(body.getBytes(StandardCharsets.UTF_8), contentType, how);
    }
}
