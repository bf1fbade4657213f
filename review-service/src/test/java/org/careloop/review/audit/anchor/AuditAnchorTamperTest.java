package org.careloop.review.audit.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.audit.AuditChain;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An attacker with the database login (the owner of the careloop tables, as the service itself connects) against
 * the anchors: rewriting a row and rehashing the chain after it, cutting rows off the end, emptying the trail, or
 * slipping a line into the anchor file. Each test starts from a chain of six events anchored at its third and sixth,
 * and puts the database and the anchor file back afterwards.
 */
@QuarkusTest
@TestProfile(AuditAnchorTamperTest.OperatorsEcKey.class)
@QuarkusTestResource(CareloopTestEnvironment.class)
class AuditAnchorTamperTest {

    /**
     * The production set-up: the operator's own key files (EC P-256), no generated key. Also a Quarkus of its own, so
     * that no process of another test class appends audit events while a test rewrites the chain and puts it back.
     */
    public static class OperatorsEcKey implements QuarkusTestProfile {
        static final Path KEYS = operatorKeys();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "careloop.audit.anchor.generate-key", "false",
                    "careloop.audit.anchor.private-key-file",
                            KEYS.resolve("anchor.pem").toString(),
                    "careloop.audit.anchor.public-key-file",
                            KEYS.resolve("anchor.pub.pem").toString());
        }

        private static Path operatorKeys() {
            try {
                KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
                ec.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = ec.generateKeyPair();
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "operator-keys-");
                Files.writeString(dir.resolve("anchor.pem"), AnchorSigner.privatePem(pair));
                Files.writeString(dir.resolve("anchor.pub.pem"), AnchorSigner.publicPem(pair));
                return dir;
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the operator's test key", e);
            }
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    AuditAnchoring anchoring;

    @Inject
    AnchorFile anchorFile;

    private long base;
    private byte[] anchorsBefore;

    @BeforeEach
    void sixEventsAnchoredAtTheThirdAndTheSixth() throws Exception {
        base = audit.verify().events();
        append(3);
        anchoring.anchorNow();
        append(3);
        anchoring.anchorNow();
        anchorsBefore = Files.readAllBytes(anchorFile.path());
        attacker("CREATE TABLE audit_event_snapshot AS SELECT * FROM audit_event");
    }

    @AfterEach
    void putBackTheDatabaseAndTheAnchorFile() throws Exception {
        attacker(
                "SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete",
                "DELETE FROM audit_event",
                "INSERT INTO audit_event SELECT * FROM audit_event_snapshot",
                "UPDATE audit_chain_head SET (last_seq, last_hash) = (SELECT seq, hash FROM audit_event "
                        + "ORDER BY seq DESC LIMIT 1) WHERE id = 1",
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete",
                "DROP TABLE audit_event_snapshot");
        Files.write(anchorFile.path(), anchorsBefore);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void shouldVerifyACleanChainAgainstItsAnchors() {
        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("events", equalTo((int) base + 6))
                .body("brokenAt", nullValue())
                .body("chain.valid", equalTo(true))
                .body("anchors.valid", equalTo(true))
                .body("anchors.verified", equalTo(lines().size()))
                .body("anchors.latest.seq", equalTo((int) base + 6))
                .body("anchors.failures.size()", equalTo(0));
    }

    @Test
    void shouldDetectARowRewrittenWithSqlAndTheChainRehashedAfterIt() throws Exception {
        rewriteAndRehash(base + 5);

        assertThat(audit.verify().valid()).as("the chain's own check is fooled").isTrue();
        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("chain.valid", equalTo(true))
                .body("brokenAt", equalTo((int) base + 6))
                .body(
                        "reason",
                        containsString("a row from " + (base + 4) + " to " + (base + 6)
                                + " was rewritten and the chain rehashed"));
        as("root-admin")
                .post("/api/admin/audit/anchors")
                .then()
                .statusCode(409)
                .body("error", equalTo("AUDIT_CHAIN_BROKEN"))
                .body("details.seq", equalTo((int) base + 6));
    }

    @Test
    void shouldDetectRowsDeletedFromTheEnd() throws Exception {
        long keep = base + 4;
        attacker(
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete",
                "DELETE FROM audit_event WHERE seq > " + keep,
                "UPDATE audit_chain_head SET (last_seq, last_hash) = (SELECT seq, hash FROM audit_event WHERE seq = "
                        + keep + ") WHERE id = 1",
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");

        assertThat(audit.verify().valid()).as("the chain's own check is fooled").isTrue();
        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("events", equalTo((int) keep))
                .body("brokenAt", equalTo((int) keep + 1))
                .body("reason", containsString("the chain ends at " + keep + " but this line anchors " + (base + 6)));
    }

    @Test
    void shouldDetectAnEmptiedTrail() throws Exception {
        assertThatThrownBy(() -> attacker("TRUNCATE audit_event"))
                .as("a plain TRUNCATE is refused; the owner disables the trigger first")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit_event is append-only");
        attacker(
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate",
                "TRUNCATE audit_event",
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_truncate",
                "UPDATE audit_chain_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "' WHERE id = 1");

        assertThat(audit.verify().valid()).as("the chain's own check is fooled").isTrue();
        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("events", equalTo(0))
                .body("brokenAt", equalTo(1))
                .body("reason", containsString("rows were deleted from its end (or all of it)"));
    }

    @Test
    void shouldDetectAForgedLineInTheAnchorFile() throws Exception {
        // A line for a longer chain, linked to the last real anchor, signed with a key of the forger's own.
        Anchor last = lastAnchor();
        AnchorSigner forger = AnchorSigner.of(AnchorSigner.generateEd25519());
        String at = last.anchoredAt();
        Anchor forged = new Anchor(
                Anchor.VERSION,
                base + 60,
                "e".repeat(64),
                at,
                last.anchorHash(),
                last.keyId(),
                last.algorithm(),
                forger.sign(Anchor.payload(
                        Anchor.VERSION, base + 60, "e".repeat(64), at, last.anchorHash(), last.keyId())));
        int genuine = lines().size();
        Files.writeString(
                anchorFile.path(),
                AnchorFile.json(forged) + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("chain.valid", equalTo(true))
                .body("anchors.verified", equalTo(genuine))
                .body("anchors.failures.size()", equalTo(1))
                .body("anchors.failures[0].line", equalTo(genuine + 1))
                .body(
                        "reason",
                        equalTo("anchor file line " + (genuine + 1)
                                + ": the signature does not verify with the configured "
                                + "public key: forged or altered"));
        as("root-admin")
                .post("/api/admin/audit/anchors")
                .then()
                .statusCode(409)
                .body("error", equalTo("AUDIT_CHAIN_BROKEN"));
    }

    @Test
    void shouldAnchorOnScheduleOnlyWhenTheHeadHasMoved() {
        assertThat(anchoring.anchorIfMoved()).isEmpty();

        append(1);

        assertThat(anchoring.anchorIfMoved())
                .hasValueSatisfying(a -> assertThat(a.seq()).isEqualTo(base + 7));
        assertThat((long) lines().size()).isEqualTo(lines(anchorsBefore) + 1);
    }

    @Test
    void shouldWriteLinesThatAVerifierChecksWithThePublicKeyFileAlone() throws Exception {
        PublicKey key = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                        .decode(Files.readString(OperatorsEcKey.KEYS.resolve("anchor.pub.pem"))
                                .replaceAll("-----[A-Z ]+-----", ""))));
        String previous = Anchor.NONE;
        for (String line : lines()) {
            JsonNode a = new ObjectMapper().readTree(line);
            String payload = String.join(
                    "|",
                    "careloop-audit-anchor",
                    a.get("version").asText(),
                    a.get("seq").asText(),
                    a.get("hash").asText(),
                    a.get("anchoredAt").asText(),
                    a.get("prevAnchorHash").asText(),
                    a.get("keyId").asText());
            Signature ecdsa = Signature.getInstance(a.get("algorithm").asText());
            ecdsa.initVerify(key);
            ecdsa.update(payload.getBytes(StandardCharsets.UTF_8));

            assertThat(ecdsa.verify(
                            Base64.getDecoder().decode(a.get("signature").asText())))
                    .isTrue();
            assertThat(a.get("prevAnchorHash").asText()).isEqualTo(previous);
            previous = org.careloop.review.support.Sha256.hex(
                    payload + "|" + a.get("signature").asText());
        }
        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .body("anchors.latest.hash", equalTo(lastAnchor().hash()))
                .body("anchors.failures.line", org.hamcrest.Matchers.not(hasItem(1)));
    }

    private void append(int events) {
        for (int i = 0; i < events; i++) {
            audit.append(AuditType.TASK_VIEWED, "carter", null, null, "task-" + i, Map.of("n", i));
        }
    }

    private static long lines(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines().count();
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(anchorFile.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Anchor lastAnchor() {
        List<AnchorFile.Line> all = anchorFile.readAll();
        return all.get(all.size() - 1).anchor().orElseThrow();
    }

    /** What someone with the database login and the (open) source does: change a row, recompute every hash after it. */
    private void rewriteAndRehash(long seq) throws SQLException {
        try (Connection c = attackerConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
                s.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = " + seq);
            }
            String prev;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT hash FROM audit_event WHERE seq = " + (seq - 1))) {
                r.next();
                prev = r.getString(1);
            }
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery("SELECT seq, occurred_at, type, actor, message_id, process_instance_id, "
                                    + "task_id, details FROM audit_event WHERE seq >= " + seq + " ORDER BY seq");
                    PreparedStatement update =
                            c.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                while (r.next()) {
                    String hash = AuditChain.hash(
                            prev,
                            AuditChain.canonical(
                                    r.getLong(1),
                                    r.getTimestamp(2).toInstant(),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getObject(5, java.util.UUID.class),
                                    r.getString(6),
                                    r.getString(7),
                                    r.getString(8)));
                    update.setString(1, prev);
                    update.setString(2, hash);
                    update.setLong(3, r.getLong(1));
                    update.executeUpdate();
                    prev = hash;
                }
                try (PreparedStatement head =
                        c.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
                    head.setString(1, prev);
                    head.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
            }
            c.commit();
        }
    }

    private static void attacker(String... statements) throws SQLException {
        try (Connection c = attackerConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        }
    }

    private static Connection attackerConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
