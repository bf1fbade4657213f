package org.careloop.review.audit.anchor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.careloop.review.support.Sha256;

/**
 * One line of the anchor file: the audit chain's head (sequence number and hash) at a moment, signed, and linked to
 * the anchor before it by that anchor's hash, so that the anchors form a chain of their own.
 *
 * @param version format of the signed payload (1)
 * @param seq the chain's last sequence number; 0 for an empty chain
 * @param hash the hash of that row, or 64 zeros for an empty chain
 * @param anchoredAt ISO-8601 instant, exactly as signed
 * @param prevAnchorHash {@link #anchorHash()} of the line before, 64 zeros for the first line
 * @param keyId "sha256:" and the SHA-256 of the signing key's public key (X.509 encoding)
 * @param algorithm the JCA signature algorithm: Ed25519 or SHA256withECDSA
 * @param signature base64 of the signature over {@link #payload()}
 */
@JsonPropertyOrder({"version", "seq", "hash", "anchoredAt", "prevAnchorHash", "keyId", "algorithm", "signature"})
public record Anchor(
        int version,
        long seq,
        String hash,
        String anchoredAt,
        String prevAnchorHash,
        String keyId,
        String algorithm,
        String signature) {

    public static final int VERSION = 1;
    public static final String NONE = "0".repeat(64);

    /** What is signed: every field but the signature, in a fixed order. */
    public static String payload(
            int version, long seq, String hash, String anchoredAt, String prevAnchorHash, String keyId) {
        return String.join(
                "|",
                "careloop-audit-anchor",
                Integer.toString(version),
                Long.toString(seq),
                hash,
                anchoredAt,
                prevAnchorHash,
                keyId);
    }

    @JsonIgnore
    public String payload() {
        return payload(version, seq, hash, anchoredAt, prevAnchorHash, keyId);
    }

    /** What the next anchor links to: covers the payload and the signature. */
    @JsonIgnore
    public String anchorHash() {
        return Sha256.hex(payload() + "|" + signature);
    }
}
