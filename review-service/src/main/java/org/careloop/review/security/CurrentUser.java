package org.careloop.review.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the bearer token: the patient id is the token's {@code sub}, the user id is
 * {@code preferred_username}, the display name is {@code name}. Under @TestSecurity the principal name
 * stands in for all three.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private JsonWebToken jwt() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }

    /** The patient's id: the token's subject. */
    public String subject() {
        JsonWebToken jwt = jwt();
        if (jwt != null && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** The user id used for task assignees and approvals. */
    public String username() {
        JsonWebToken jwt = jwt();
        String preferred = jwt == null ? null : claim(jwt, "preferred_username");
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return identity.getPrincipal().getName();
    }

    /** The name shown on a released reply's label. */
    public String displayName() {
        JsonWebToken jwt = jwt();
        String name = jwt == null ? null : claim(jwt, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        return username();
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }
}
