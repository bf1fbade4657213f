package org.careloop.review;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;

/**
 * Test-only: turns the header {@code X-Test-User: username;sub;name;role,role} into an identity whose
 * principal is a JsonWebToken with those claims, so one test can act as a patient and then as a clinician
 * through the real claim handling. Requests without the header go to the usual mechanisms.
 */
@ApplicationScoped
public class TestUserMechanism implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Test-User";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HEADER);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        String[] parts = header.split(";", -1);
        JwtClaims claims = new JwtClaims();
        claims.setSubject(parts[1]);
        claims.setClaim("preferred_username", parts[0]);
        if (!parts[2].isEmpty()) {
            claims.setClaim("name", parts[2]);
        }
        claims.setClaim("upn", parts[0]);
        DefaultJWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(claims);
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder().setPrincipal(principal);
        Arrays.stream(parts[3].split(",")).filter(r -> !r.isBlank()).forEach(identity::addRole);
        return Uni.createFrom().item(identity.build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
