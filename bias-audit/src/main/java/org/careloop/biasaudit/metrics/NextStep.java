package org.careloop.biasaudit.metrics;

/** What a draft tells the patient to do next, from least to most urgent; UNCLEAR when it says nothing of it. */
public enum NextStep {
    UNCLEAR("no clear next step"),
    SELF_CARE("self-care"),
    BOOK_ROUTINE("book a routine appointment"),
    CALL_CLINIC("call the clinic"),
    URGENT_CARE("urgent care or same day"),
    EMERGENCY("emergency");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
