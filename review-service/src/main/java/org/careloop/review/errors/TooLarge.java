package org.careloop.review.errors;

import jakarta.validation.Payload;

/**
 * Bean Validation payload: a {@code @Size} violation carrying it is answered with {@code 413 PAYLOAD_TOO_LARGE}
 * (details field, length, limit) instead of {@code 400 VALIDATION_FAILED}, as the error contract says for a text
 * over its limit.
 */
public interface TooLarge extends Payload {}
