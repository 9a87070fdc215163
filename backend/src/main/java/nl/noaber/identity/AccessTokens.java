package nl.noaber.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Short-lived JWT access tokens: subject = account id, claims = roles and gemeente. */
@Singleton
class AccessTokens {

    private final TokenGenerator generator;
    private final IdentityProperties properties;

    AccessTokens(TokenGenerator generator, IdentityProperties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    String issue(Account account) {
        List<String> roles = account.roleSet().stream().map(Role::name).sorted().toList();
        Authentication authentication = Authentication.build(String.valueOf(account.id()), roles,
                Map.of(Caller.GEMEENTE_CLAIM, account.gemeente()));
        return generator.generateToken(authentication, (int) lifetimeSeconds())
                .orElseThrow(() -> new IllegalStateException("JWT generation failed"));
    }

    long lifetimeSeconds() {
        return properties.accessTokenLifetime().toSeconds();
    }
}
