package org.careloop.review.oversight;

/** Where a decision was made: the inbox API or the inbox page. */
public enum DecisionChannel {
    API,
    PAGE
}
