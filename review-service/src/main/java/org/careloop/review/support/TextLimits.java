package org.careloop.review.support;

/**
 * The text limits of the service contract (docs/service-contracts.md, "Text limits"), defined once here: the Bean
 * Validation constraints on the request records and every other check use these. policy-service and
 * inference-service hold the same numbers; {@code ServiceContractTest} in each service checks its own against the
 * document.
 */
public final class TextLimits {

    /**
     * The longest message text, in UTF-16 characters (Java {@code String} length): a patient's message or answer,
     * and a clinician's reply, question or reason. Longer is {@code 413 PAYLOAD_TOO_LARGE}.
     */
    public static final int MESSAGE_TEXT = 20_000;

    /** The longest identifier or code in a request (an acknowledged finding id); longer is 400 VALIDATION_FAILED. */
    public static final int IDENTIFIER = 200;

    /**
     * The most entries of a list in a request: acknowledged ids, unless the task has more findings and red flags
     * (ReviewDepth); more is 400 VALIDATION_FAILED.
     */
    public static final int LIST = 100;

    private TextLimits() {}
}
