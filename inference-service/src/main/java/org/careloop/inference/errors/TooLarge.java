package org.careloop.inference.errors;

import jakarta.validation.Payload;

/** Bean Validation payload: a size violation carrying it is answered with 413 instead of 400. */
public interface TooLarge extends Payload {}
