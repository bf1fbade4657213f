package org.careloop.bpmn.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.careloop.bpmn.PatientReplyModel;

/**
 * The release gate's verdict on the review-routing table shipped in this jar, reached when the jar was built. The
 * table's check evaluates it with the DMN engine for every severity, category and risk level (some 300 decisions,
 * several seconds in a fresh JVM), and it depends on nothing but this jar: the table's bytes and the verifier's code
 * with {@link ReleaseGatePolicy#careloopDefaults()}. Maven runs {@link #main} after compiling; it fails the build when
 * the shipped table fails the gate, and otherwise writes the table's SHA-256 beside it. At start, review-service
 * takes that verdict for exactly those bytes instead of reaching it again; any other table (an admin's upload, a
 * changed resource, a jar built without the step) is checked as before.
 */
public final class ShippedTableVerdict {

    /** Beside the table in this jar: the SHA-256 of the table that passed, written by the build. */
    public static final String RESOURCE = PatientReplyModel.ROUTING_RESOURCE + ".passed-gate.sha256";

    private ShippedTableVerdict() {}

    /** Whether the build of this jar checked exactly {@code xml} as the shipped routing table, and it passed. */
    public static boolean passedAtBuild(byte[] xml) {
        try (InputStream in = ShippedTableVerdict.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in != null
                    && new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                            .strip()
                            .equals(sha256(xml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ShippedTableVerdict OUTPUT_DIRECTORY}: checks the shipped table and writes its verdict there. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShippedTableVerdict OUTPUT_DIRECTORY");
        }
        byte[] xml;
        try (InputStream in =
                ShippedTableVerdict.class.getClassLoader().getResourceAsStream(PatientReplyModel.ROUTING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PatientReplyModel.ROUTING_RESOURCE + " is not on the classpath");
            }
            xml = in.readAllBytes();
        }
        List<Violation> violations = new DecisionTableVerifier().verify(xml);
        if (!violations.isEmpty()) {
            System.err.println(PatientReplyModel.ROUTING_RESOURCE + " fails the release gate: " + violations);
            System.exit(1);
        }
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, sha256(xml) + "\n", StandardCharsets.US_ASCII);
        System.out.println(PatientReplyModel.ROUTING_RESOURCE + " passes the release gate: verdict written to " + out);
        System.exit(0);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
