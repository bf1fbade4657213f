package org.careloop.review.intake;

/** What the patient sees of their message's progress. */
public enum MessageStatus {
  RECEIVED,
  IN_REVIEW,
  ANSWERED
}
