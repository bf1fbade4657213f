package org.careloop.review.inbox;

/** What a clinician can decide on a draft. */
public enum DecisionAction {
  /** Release the draft as shown, placeholders filled in. */
  APPROVE,
  /** Release the clinician's edited text. */
  EDIT_AND_APPROVE,
  /** Discard the draft and release the clinician's own reply, labelled "Written by". */
  REJECT
}
