package org.careloop.review.audit.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

    /**
     * Two nodes sharing the anchor directory start at the same moment on a new machine (./careloop up with two
     * review-service nodes): both must end up with the one key, neither failing on the other's half-written file.
     */
    @Test
    void shouldGiveTwoNodesStartingAtOnceTheOneGeneratedKey() throws Exception {
        Path anchors = dir.resolve("anchors");
        long at = System.currentTimeMillis() + 3000; // both JVMs up by then, then both generate at once
        List<Process> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            GeneratingNode.class.getName(),
                            anchors.toString(),
                            Long.toString(at))
                    .redirectErrorStream(true)
                    .start());
        }
        List<String> keyIds = new ArrayList<>();
        for (Process node : nodes) {
            String output = new String(node.getInputStream().readAllBytes());
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(node.exitValue()).as("a node's start: %s", output).isZero();
            keyIds.add(
                    output.lines().filter(l -> l.startsWith("key ")).findFirst().orElseThrow());
        }

        assertThat(keyIds.get(0)).isEqualTo(keyIds.get(1));
        assertThat("key " + AnchorKeys.load(config(null, null, true)).keyId()).isEqualTo(keyIds.get(0));
    }

    /** A node's start, as far as the key goes: in a JVM of its own. */
    static class GeneratingNode {
        public static void main(String[] args) throws InterruptedException {
            Path anchors = Path.of(args[0]);
            Thread.sleep(Math.max(0, Long.parseLong(args[1]) - System.currentTimeMillis()));
            AnchorSigner signer = AnchorKeys.load(new AnchorConfig() {
                public Optional<Path> privateKeyFile() {
                    return Optional.empty();
                }

                public Optional<Path> publicKeyFile() {
                    return Optional.empty();
                }

                public boolean generateKey() {
                    return true;
                }

                public Path directory() {
                    return anchors;
                }

                public Duration interval() {
                    return Duration.ofMinutes(5);
                }

                public boolean log() {
                    return true;
                }
            });
            System.out.println("key " + signer.keyId());
        }
    }
}
