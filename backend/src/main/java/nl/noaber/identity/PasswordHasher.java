package nl.noaber.identity;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashing (memory-hard; OWASP's first choice). The PHC string stores salt and
 * parameters, so hashes made with older parameters keep verifying after they are raised.
 */
@Singleton
class PasswordHasher {

    // 16 MiB, 2 iterations, parallelism 1: Spring Security's 5.8 defaults, within OWASP's
    // Argon2id guidance and about 30 ms on one core of these machines.
    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    // Verifying against this when the e-mail is unknown keeps the response time the same,
    // so timing does not reveal which addresses have accounts.
    private final String dummyHash = encoder.encode("no account has this password");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    void burnEquivalentTime(String password) {
        encoder.matches(password, dummyHash);
    }
}
