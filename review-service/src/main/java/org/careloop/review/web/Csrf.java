package org.careloop.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens for the pages: a random nonce in an HttpOnly, SameSite=Strict cookie, and in each form (or the
 * {@code X-CSRF-Token} header) an HMAC of that nonce and the user name. A request from another site carries neither
 * the Strict cookie nor a token it could compute; a token stolen for one user does not work for another.
 */
@ApplicationScoped
public class Csrf {

    public static final String COOKIE = "careloop-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    /** The key comes from configuration, never from the node: every node must accept the others' tokens. */
    public Csrf(WebConfig config) {
        this.key = config.csrfKey().getBytes(StandardCharsets.UTF_8);
    }

    /** A new nonce for the cookie. */
    public String newNonce() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        return B64.encodeToString(nonce);
    }

    /** The token that goes into the page's forms for this nonce and user. */
    public String token(String nonce, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((nonce + "|" + username).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether the token in the request fits the cookie's nonce and the user; constant time. */
    public boolean valid(String nonce, String username, String token) {
        if (nonce == null || nonce.isBlank() || token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(
                token(nonce, username).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    public NewCookie cookie(String nonce) {
        return new NewCookie.Builder(COOKIE)
                .value(nonce)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
