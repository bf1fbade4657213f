package org.careloop.review.audit.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class AnchorSignerTest {

    static Anchor signed(AnchorSigner signer, long seq, String hash, String prev) {
        String at = "2026-11-30T10:00:00Z";
        return new Anchor(
                Anchor.VERSION,
                seq,
                hash,
                at,
                prev,
                signer.keyId(),
                signer.algorithm(),
                signer.sign(Anchor.payload(Anchor.VERSION, seq, hash, at, prev, signer.keyId())));
    }

    @Test
    void shouldVerifyAnAnchorItSignedAfterAPemRoundTrip() {
        KeyPair pair = AnchorSigner.generateEd25519();
        AnchorSigner signer = AnchorSigner.fromPem(AnchorSigner.privatePem(pair), AnchorSigner.publicPem(pair));

        Anchor anchor = signed(signer, 7, "a".repeat(64), Anchor.NONE);

        assertThat(signer.algorithm()).isEqualTo("Ed25519");
        assertThat(signer.keyId()).startsWith("sha256:").hasSize(71);
        assertThat(signer.verifies(anchor)).isTrue();
    }

    @Test
    void shouldAcceptAnEcKeyOfTheOperator() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = ec.generateKeyPair();
        AnchorSigner signer = AnchorSigner.fromPem(AnchorSigner.privatePem(pair), AnchorSigner.publicPem(pair));

        assertThat(signer.algorithm()).isEqualTo("SHA256withECDSA");
        assertThat(signer.verifies(signed(signer, 1, "b".repeat(64), Anchor.NONE)))
                .isTrue();
    }

    @Test
    void shouldRejectAnAnchorWhoseSequenceOrHashWasChanged() {
        AnchorSigner signer = AnchorSigner.of(AnchorSigner.generateEd25519());
        Anchor a = signed(signer, 7, "a".repeat(64), Anchor.NONE);

        assertThat(signer.verifies(new Anchor(
                        a.version(),
                        9,
                        a.hash(),
                        a.anchoredAt(),
                        a.prevAnchorHash(),
                        a.keyId(),
                        a.algorithm(),
                        a.signature())))
                .isFalse();
        assertThat(signer.verifies(new Anchor(
                        a.version(),
                        7,
                        "c".repeat(64),
                        a.anchoredAt(),
                        a.prevAnchorHash(),
                        a.keyId(),
                        a.algorithm(),
                        a.signature())))
                .isFalse();
    }

    @Test
    void shouldRejectAnAnchorSignedWithAnotherKeyThatClaimsOurKeyId() {
        AnchorSigner ours = AnchorSigner.of(AnchorSigner.generateEd25519());
        AnchorSigner theirs = AnchorSigner.of(AnchorSigner.generateEd25519());
        Anchor forged = signed(theirs, 7, "a".repeat(64), Anchor.NONE);
        Anchor claimingOurs = new Anchor(
                forged.version(),
                forged.seq(),
                forged.hash(),
                forged.anchoredAt(),
                forged.prevAnchorHash(),
                ours.keyId(),
                forged.algorithm(),
                theirs.sign(Anchor.payload(
                        forged.version(),
                        forged.seq(),
                        forged.hash(),
                        forged.anchoredAt(),
                        forged.prevAnchorHash(),
                        ours.keyId())));

        assertThat(ours.verifies(forged)).isFalse();
        assertThat(ours.verifies(claimingOurs)).isFalse();
    }

    @Test
    void shouldRejectKeyFilesThatAreNotOnePair() {
        KeyPair one = AnchorSigner.generateEd25519();
        KeyPair other = AnchorSigner.generateEd25519();

        assertThatThrownBy(() -> AnchorSigner.fromPem(AnchorSigner.privatePem(one), AnchorSigner.publicPem(other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one key pair");
    }

    @Test
    void shouldRejectAnRsaKey() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertThatThrownBy(() -> AnchorSigner.of(rsa))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ed25519 or EC");
    }
}
