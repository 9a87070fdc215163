package nl.noaber.identity;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The HMAC signature named {@code generator}: Micronaut Security signs new tokens with it and
 * verifies incoming ones against it. Without this bean it would issue unsigned ({@code alg:
 * none}) tokens, which a test guards against.
 */
@Factory
class JwtSigningFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generatorSignature(JwtSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret.value());
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
