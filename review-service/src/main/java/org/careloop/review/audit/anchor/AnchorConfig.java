package org.careloop.review.audit.anchor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The audit trail's external anchors (prefix {@code careloop.audit.anchor}): the chain's head signed with a key the
 * database does not hold, appended to a file the database login cannot reach.
 */
@ConfigMapping(prefix = "careloop.audit.anchor")
public interface AnchorConfig {

    /** The signing key: a PKCS#8 PEM file ({@code BEGIN PRIVATE KEY}) holding an Ed25519 or EC (P-256) key. */
    Optional<Path> privateKeyFile();

    /** Its public key, X.509 PEM ({@code BEGIN PUBLIC KEY}): what verifiers check the anchors with. */
    Optional<Path> publicKeyFile();

    /**
     * Without a key file: generate a key pair under {@code <directory>/generated-key} at the first start and keep
     * using it. For development and tests only (on in the dev and test profiles); a production start without a key
     * file and without this refuses to start.
     */
    @WithDefault("false")
    boolean generateKey();

    /** Where {@code audit-anchors.jsonl} is appended to. Keep it off the database host. */
    @WithDefault("data/audit-anchors")
    Path directory();

    /** How often the chain's head is anchored when it has moved. PT0S: only on demand (the admin API). */
    @WithDefault("PT5M")
    Duration interval();

    /** Also write every anchor line to the log (category org.careloop.review.audit.anchor), for log shipping. */
    @WithDefault("true")
    boolean log();
}
