package nl.noaber.activity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The keyed hashes that stand for people in the activity log: HMAC-SHA256 of {@code account:<id>},
 * or of {@code person:<natural key>} for someone without an account. Stable for a key, not
 * reversible without it. The synthetic population (bench) computes its events' keys with this
 * class too, so they count the same people the service's own events would.
 */
public final class PersonKeys {

    private static final HexFormat HEX = HexFormat.of();

    // A Mac is not thread-safe, and Mac.getInstance per key costs more than the rest of an event.
    private final ThreadLocal<Mac> macs;

    public PersonKeys(String secret) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> macFor(key));
    }

    /** The key of an account holder; null for nobody. */
    public String account(Long accountId) {
        return accountId == null ? null : keyOf("account:" + accountId);
    }

    /** Someone without an account, known by their {@link #naturalKey}. */
    public String person(String naturalKey) {
        return keyOf("person:" + naturalKey);
    }

    /**
     * How someone without an account is recognised from request to request: the name (case,
     * accents and spacing folded) and the 10 m square of the address, in RD metres.
     */
    public static String naturalKey(String name, double x, double y) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return folded + "@" + Math.round(x / 10) + "," + Math.round(y / 10);
    }

    private String keyOf(String identity) {
        return HEX.formatHex(macs.get().doFinal(identity.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac macFor(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
