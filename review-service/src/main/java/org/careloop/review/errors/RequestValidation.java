package org.careloop.review.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * The constraints of a request record, checked for callers that do not come through a {@code @Valid} resource
 * parameter (the pages' form posts build the same records): the rules stay on the record, said once, and the
 * answer is the same {@link ApiException} the API's mapper would give.
 */
@ApplicationScoped
public class RequestValidation {

    @Inject
    Validator validator;

    /** @throws ApiException 400 VALIDATION_FAILED, or 413 for a text over its limit */
    public <T> T check(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw Violations.toApiException(violations);
        }
        return request;
    }
}
