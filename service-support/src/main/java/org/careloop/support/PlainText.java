package org.careloop.support;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person wrote: no control characters but line feed, carriage return and tab (docs/service-contracts.md,
 * "Text limits and placeholders"). A NUL cannot be stored in PostgreSQL, and the others only hide text from the
 * clinician; every text field of a request carries this, so they are a 400 naming the field, never a 500.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String MESSAGE = "must not contain control characters (line breaks and tabs are allowed)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
