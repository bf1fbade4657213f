package org.careloop.review.audit.anchor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.jboss.logging.Logger;

/**
 * The anchor signing key, from the operator's key files. Without them a start refuses, unless
 * {@code careloop.audit.anchor.generate-key} asks for a generated key (development and tests): failing closed, so that
 * a clinic never runs believing its audit is anchored by a key that sits next to the anchors.
 */
@ApplicationScoped
public class AnchorKeys {

    private static final Logger LOG = Logger.getLogger(AnchorKeys.class);
    static final String GENERATED = "generated-key";
    private static final String LOCK = ".lock";

    @Inject
    AnchorConfig config;

    private AnchorSigner signer;

    public synchronized AnchorSigner signer() {
        if (signer == null) {
            signer = load(config);
        }
        return signer;
    }

    static AnchorSigner load(AnchorConfig config) {
        if (config.privateKeyFile().isPresent() != config.publicKeyFile().isPresent()) {
            throw new IllegalStateException("careloop.audit.anchor.private-key-file and public-key-file go together: "
                    + "set both (CARELOOP_AUDIT_ANCHOR_PRIVATE_KEY_FILE, CARELOOP_AUDIT_ANCHOR_PUBLIC_KEY_FILE)");
        }
        if (config.privateKeyFile().isPresent()) {
            Path privateKey = config.privateKeyFile().get();
            AnchorSigner signer = AnchorSigner.fromPem(
                    read(privateKey), read(config.publicKeyFile().get()));
            LOG.infof(
                    "audit anchors are signed with %s key %s from %s", signer.algorithm(), signer.keyId(), privateKey);
            return signer;
        }
        if (!config.generateKey()) {
            throw new IllegalStateException("no key to sign audit anchors with: set careloop.audit.anchor."
                    + "private-key-file and public-key-file (CARELOOP_AUDIT_ANCHOR_PRIVATE_KEY_FILE, "
                    + "CARELOOP_AUDIT_ANCHOR_PUBLIC_KEY_FILE) to a key kept off the database host, or, for "
                    + "development only, careloop.audit.anchor.generate-key=true");
        }
        return generated(config.directory().resolve(GENERATED));
    }

    /**
     * The key under {@code dir}, made first if there is none. Several nodes sharing the directory may start at once:
     * the first to take the directory's lock file makes the key, the others wait for it and read that key, never a
     * half-written file. The lock is the file system's, across processes; within one JVM, which may hold only one
     * lock on a file, the class's monitor serialises.
     */
    private static synchronized AnchorSigner generated(Path dir) {
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile =
                            FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                return generatedUnderLock(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the generated audit anchor key's directory " + dir, e);
        }
    }

    private static AnchorSigner generatedUnderLock(Path dir) {
        Path privateKey = dir.resolve("anchor-private-key.pem");
        Path publicKey = dir.resolve("anchor-public-key.pem");
        boolean created = !Files.exists(privateKey);
        if (created) {
            KeyPair pair = AnchorSigner.generateEd25519();
            write(dir, privateKey, AnchorSigner.privatePem(pair), "rw-------");
            write(dir, publicKey, AnchorSigner.publicPem(pair), "rw-r--r--");
        }
        AnchorSigner signer = AnchorSigner.fromPem(read(privateKey), read(publicKey));
        LOG.warnf(
                "\n*****************************************************************************************\n"
                        + "* AUDIT ANCHORS ARE SIGNED WITH A %s DEVELOPMENT KEY (careloop.audit.anchor.generate-key)\n"
                        + "* %s\n* key id %s\n"
                        + "* It lies beside the anchors it signs: not for a clinic. Configure private-key-file and\n"
                        + "* public-key-file with a key kept off the database host.\n"
                        + "*****************************************************************************************",
                created ? "NEWLY GENERATED" : "GENERATED", privateKey.toAbsolutePath(), signer.keyId());
        return signer;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor key " + file, e);
        }
    }

    private static void write(Path dir, Path file, String text, String permissions) {
        try {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated audit anchor key " + file, e);
        }
    }
}
