package nl.noaber.bench;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The pseudonymous person keys of the activity log, computed as {@code ActivityLog} does
 * (HMAC-SHA256 of {@code account:<id>}, or {@code person:<natural key>} for someone without an
 * account) so generated events count the same people the service's own events would. The bench
 * and its test run the service with {@link #BENCH_KEY} as {@code noaber.activity.pseudonym-key},
 * so the keys do not change from run to run. One {@link Mac} is reused: a new one per key would
 * cost more than the rest of an event.
 */
final class PersonKeys {

    /** The pseudonym key of generated populations; configured as noaber.activity.pseudonym-key. */
    static final String BENCH_KEY = "noaber-synthetic-population-bench-key-0001";

    private final Mac mac;
    private final HexFormat hex = HexFormat.of();

    PersonKeys(String secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    String account(Long accountId) {
        return accountId == null ? null : keyOf("account:" + accountId);
    }

    /** Someone without an account, known by a natural key (name and place, as RequestEvents builds it). */
    String person(String naturalKey) {
        return keyOf("person:" + naturalKey);
    }

    private String keyOf(String identity) {
        return hex.formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
    }
}
