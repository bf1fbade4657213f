package org.careloop.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link PlainText}: null is valid (@NotNull/@NotBlank say whether a field is required). */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlain(value);
    }

    /** No C0 or C1 control character except line feed, carriage return and tab. */
    public static boolean isPlain(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
