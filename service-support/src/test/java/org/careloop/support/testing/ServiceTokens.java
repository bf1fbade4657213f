package org.careloop.support.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A key pair made for one @QuarkusIntegrationTest run. The packaged service starts with the test profile and trusts
 * the public key (the profile's quarkus.oidc.public-key, overridden here), so that a test can call it as review-service
 * does: with a client-credentials token for the service's audience, azp review-service and the role internal-service.
 */
public class ServiceTokens implements QuarkusTestResourceLifecycleManager {

    private static volatile KeyPair keys;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "%test.quarkus.oidc.public-key",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    }

    @Override
    public void stop() {}

    /** A token like the one Keycloak issues to review-service, for the given audience (the called service). */
    public static String reviewServiceToken(String audience) {
        if (keys == null) {
            throw new IllegalStateException("annotate the test with @QuarkusTestResource(ServiceTokens.class)");
        }
        return Jwt.issuer("careloop-integration-test")
                .subject("service-account-review-service")
                .audience(audience)
                .claim("azp", "review-service")
                .groups(Set.of("internal-service"))
                .claim("realm_access", Map.of("roles", List.of("internal-service")))
                .expiresIn(300)
                .jws()
                .sign(keys.getPrivate());
    }
}
