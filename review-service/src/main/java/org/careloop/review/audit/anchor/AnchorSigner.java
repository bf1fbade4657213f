package org.careloop.review.audit.anchor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.careloop.review.support.Sha256;

/** Signs anchors with an Ed25519 or ECDSA key pair and checks them with its public key; the JDK's crypto only. */
public final class AnchorSigner {

    private static final List<String> KEY_ALGORITHMS = List.of("EdDSA", "EC");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String algorithm;
    private final String keyId;

    private AnchorSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.algorithm = signatureAlgorithm(publicKey);
        this.keyId = "sha256:" + Sha256.hex(publicKey.getEncoded());
        if (!signatureAlgorithm(privateKey).equals(algorithm) || !verifies(sign("key pair check"), "key pair check")) {
            throw new IllegalArgumentException("the private and the public key are not one key pair");
        }
    }

    public static AnchorSigner of(KeyPair pair) {
        return new AnchorSigner(pair.getPrivate(), pair.getPublic());
    }

    /** A PKCS#8 private key and an X.509 public key, both PEM. */
    public static AnchorSigner fromPem(String privatePem, String publicPem) {
        return new AnchorSigner((PrivateKey) decode(privatePem, "PRIVATE KEY", PKCS8EncodedKeySpec::new), (PublicKey)
                decode(publicPem, "PUBLIC KEY", X509EncodedKeySpec::new));
    }

    public static KeyPair generateEd25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    public static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    public String algorithm() {
        return algorithm;
    }

    public String keyId() {
        return keyId;
    }

    /** Base64 of the signature over the payload. */
    public String sign(String payload) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initSign(privateKey);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit anchor", e);
        }
    }

    /** Signed with this key: same key id and algorithm, and the signature holds over the payload. */
    public boolean verifies(Anchor anchor) {
        return keyId.equals(anchor.keyId())
                && algorithm.equals(anchor.algorithm())
                && anchor.signature() != null
                && verifies(anchor.signature(), anchor.payload());
    }

    private boolean verifies(String signature, String payload) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initVerify(publicKey);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // not base64, or not a signature of this algorithm's shape: a forgery all the same
        }
    }

    private static String signatureAlgorithm(java.security.Key key) {
        if (key instanceof EdECKey ed) {
            return ed.getParams().getName(); // Ed25519 or Ed448, each its own signature algorithm
        }
        if (key instanceof ECKey) {
            return "SHA256withECDSA";
        }
        throw new IllegalArgumentException("an audit anchor key must be Ed25519 or EC, not " + key.getAlgorithm());
    }

    private interface SpecOf {
        KeySpec of(byte[] der);
    }

    private static java.security.Key decode(String pem, String label, SpecOf spec) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM block " + begin);
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                KeyFactory factory = KeyFactory.getInstance(algorithm);
                return label.equals("PRIVATE KEY")
                        ? factory.generatePrivate(spec.of(der))
                        : factory.generatePublic(spec.of(der));
            } catch (GeneralSecurityException e) {
                // not this algorithm's key: try the next one
            }
        }
        throw new IllegalArgumentException("the " + label.toLowerCase() + " is neither an Ed25519/Ed448 nor an EC key");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
