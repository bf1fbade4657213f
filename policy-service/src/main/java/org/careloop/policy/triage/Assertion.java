package org.careloop.policy.triage;

/** Whether a red-flag phrase describes the patient (or someone with them) now. */
public enum Assertion {
    /** About the patient or someone with them, now: raises the red flag. */
    PRESENT,
    /**
     * "I nearly passed out": an episode that did not happen in full. A red flag that declares itself resolvable
     * (a faint, a choking fit) is then raised URGENT, not dropped.
     */
    RESOLVED,
    /**
     * "a dull ache that has come on gradually over a couple of weeks": not the sudden onset that makes some red
     * flags emergencies. A red flag that declares itself acute is then raised URGENT, not dropped.
     */
    GRADUAL,
    /**
     * "got discharged yesterday after being in with DKA, feeling loads better now": an episode that emergency care
     * has already seen. Every red flag is then raised URGENT: a clinician follows it up soon, the patient is not
     * sent back to the emergency department.
     */
    TREATED,
    /** "no chest pain", "denies". */
    NEGATED,
    /** "a stroke in 2019", "last year". */
    HISTORY,
    /** "my father had a stroke", "runs in the family". */
    OTHER_PERSON_PAST,
    /** "what are the signs of a stroke", "if I get chest pain". */
    HYPOTHETICAL,
    /** "the kids are giving me a heart attack", "I can't breathe under this paperwork - metaphorically". */
    FIGURATIVE;

    /** Whether a red flag with this assertion is raised at all (at the flag's severity, or capped). */
    public boolean raises() {
        return this == PRESENT || this == RESOLVED || this == GRADUAL || this == TREATED;
    }

    /**
     * The severity a red flag of {@code severity} is raised at: URGENT at most when emergency care has seen the
     * episode, when it nearly happened and the flag is {@code resolvable}, or when it came on gradually and the flag is
     * {@code acute}. Uncertain means URGENT: a clinician still sees it first, but the patient is not told to call an
     * ambulance for a faint that nearly happened.
     */
    public Severity raisedAt(Severity severity, boolean resolvable, boolean acute) {
        if (this == TREATED || this == RESOLVED && resolvable || this == GRADUAL && acute) {
            return severity.min(Severity.URGENT);
        }
        return severity;
    }
}
