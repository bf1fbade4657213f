package org.careloop.review.audit.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up rule: the operator's key, or a generated one only when asked for, never silently none. */
class AnchorKeysTest {

    @TempDir
    Path dir;

    private AnchorConfig config(Path privateKey, Path publicKey, boolean generate) {
        return new AnchorConfig() {
            public Optional<Path> privateKeyFile() {
                return Optional.ofNullable(privateKey);
            }

            public Optional<Path> publicKeyFile() {
                return Optional.ofNullable(publicKey);
            }

            public boolean generateKey() {
                return generate;
            }

            public Path directory() {
                return dir.resolve("anchors");
            }

            public Duration interval() {
                return Duration.ofMinutes(5);
            }

            public boolean log() {
                return true;
            }
        };
    }

    @Test
    void shouldRefuseToStartWithoutAKeyFileUnlessAskedToGenerateOne() {
        assertThatThrownBy(() -> AnchorKeys.load(config(null, null, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("careloop.audit.anchor.private-key-file")
                .hasMessageContaining("CARELOOP_AUDIT_ANCHOR_PRIVATE_KEY_FILE");
        assertThat(dir.resolve("anchors")).doesNotExist();
    }

    @Test
    void shouldRefuseAPrivateKeyWithoutItsPublicKey() throws Exception {
        Path privateKey =
                Files.writeString(dir.resolve("k.pem"), AnchorSigner.privatePem(AnchorSigner.generateEd25519()));

        assertThatThrownBy(() -> AnchorKeys.load(config(privateKey, null, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("go together");
    }

    @Test
    void shouldUseTheOperatorsKeyFiles() throws Exception {
        KeyPair pair = AnchorSigner.generateEd25519();
        Path privateKey = Files.writeString(dir.resolve("k.pem"), AnchorSigner.privatePem(pair));
        Path publicKey = Files.writeString(dir.resolve("k.pub.pem"), AnchorSigner.publicPem(pair));

        AnchorSigner signer = AnchorKeys.load(config(privateKey, publicKey, false));

        assertThat(signer.keyId()).isEqualTo(AnchorSigner.of(pair).keyId());
        assertThat(dir.resolve("anchors").resolve(AnchorKeys.GENERATED)).doesNotExist();
    }

    @Test
    void shouldGenerateADevelopmentKeyOnceAndKeepIt() throws Exception {
        AnchorSigner first = AnchorKeys.load(config(null, null, true));
        AnchorSigner again = AnchorKeys.load(config(null, null, true));

        Path privateKey = dir.resolve("anchors").resolve(AnchorKeys.GENERATED).resolve("anchor-private-key.pem");
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
    }
}
