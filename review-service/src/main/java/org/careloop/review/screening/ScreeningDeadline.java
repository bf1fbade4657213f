package org.careloop.review.screening;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a message may wait for its screening ({@code careloop.screening.deadline}), counted from the moment its
 * screening step was due (the message or the patient's answer accepted). Past it, a message that still could not be
 * screened goes to an urgent review as not screened, with the emergency safety message, instead of waiting longer.
 */
@Singleton
public class ScreeningDeadline {

    private final Duration deadline;

    ScreeningDeadline(@ConfigProperty(name = "careloop.screening.deadline") Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalStateException("careloop.screening.deadline must be positive: " + deadline);
        }
        this.deadline = deadline;
    }

    public static ScreeningDeadline of(Duration deadline) {
        return new ScreeningDeadline(deadline);
    }

    /** The latest time the screening of a step that became due at {@code due} may still be waited for. */
    public Date dueBy(Date due) {
        return new Date(due.getTime() + deadline.toMillis());
    }

    public boolean passed(Date due, Date now) {
        return !now.before(dueBy(due));
    }
}
