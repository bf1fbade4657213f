package org.careloop.policy.triage;

/** Whether a red-flag phrase describes the patient (or someone with them) now. */
public enum Assertion {
    /** About the patient or someone with them, now: raises the red flag. */
    PRESENT,
    /** "no chest pain", "denies". */
    NEGATED,
    /** "a stroke in 2019", "last year". */
    HISTORY,
    /** "my father had a stroke", "runs in the family". */
    OTHER_PERSON_PAST,
    /** "what are the signs of a stroke", "if I get chest pain". */
    HYPOTHETICAL,
    /** "the kids are giving me a heart attack", "I can't breathe under this paperwork - metaphorically". */
    FIGURATIVE
}
