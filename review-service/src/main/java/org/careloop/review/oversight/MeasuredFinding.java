package org.careloop.review.oversight;

/**
 * A finding or red flag present when the decision was made, and whether the clinician changed the draft's text at
 * its span ({@code changed}; null when it has no span in the draft or nothing was released).
 */
public record MeasuredFinding(String id, String type, String severity, Boolean changed) {}
