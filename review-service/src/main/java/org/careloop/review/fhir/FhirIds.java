package org.careloop.review.fhir;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable ids of the exported resources, derived from the message id (the same reply always exports as the same
 * resources), and the naming systems of careloop's own identifiers.
 */
public final class FhirIds {

    /** The patient's id in careloop: the {@code sub} of their Keycloak token. */
    public static final String PATIENT_SYSTEM = "urn:careloop:patient";
    /** A clinician's user name in careloop's realm. */
    public static final String CLINICIAN_SYSTEM = "urn:careloop:clinician";
    /** The id of a patient's message (the reply shares it). */
    public static final String MESSAGE_SYSTEM = "urn:careloop:message";
    /** The id of a passage of the clinic's approved knowledge base. */
    public static final String PASSAGE_SYSTEM = "urn:careloop:knowledge-passage";

    private static final String MESSAGE = "message-";
    private static final String REPLY = "reply-";
    private static final String RELEASE = "release-";
    private static final Pattern COMMUNICATION =
            Pattern.compile("(?:Communication/)?(" + MESSAGE + "|" + REPLY + ")([0-9a-fA-F-]{36})");
    private static final Pattern PROVENANCE = Pattern.compile("(?:Provenance/)?" + RELEASE + "([0-9a-fA-F-]{36})");

    private FhirIds() {}

    /** The Communication of the patient's message. */
    public static String message(UUID messageId) {
        return MESSAGE + messageId;
    }

    /** The Communication of the released reply. */
    public static String reply(UUID messageId) {
        return REPLY + messageId;
    }

    /** The Provenance of the released reply. */
    public static String release(UUID messageId) {
        return RELEASE + messageId;
    }

    /** A Communication's id (or {@code Communication/<id>}) as the message and which side of it. */
    public static Optional<CommunicationId> communication(String value) {
        Matcher m = COMMUNICATION.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return uuid(m.group(2)).map(id -> new CommunicationId(id, REPLY.equals(m.group(1))));
    }

    /** The message a Provenance's id (or {@code Provenance/<id>}) is about. */
    public static Optional<UUID> provenance(String value) {
        Matcher m = PROVENANCE.matcher(value);
        return m.matches() ? uuid(m.group(1)) : Optional.empty();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A Communication of one message: the patient's message, or the reply to it. */
    public record CommunicationId(UUID messageId, boolean reply) {}
}
