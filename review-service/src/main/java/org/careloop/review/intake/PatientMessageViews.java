package org.careloop.review.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.careloop.review.release.Reply;

/** Request and response bodies of the patient API. Drafts never appear here: only released replies. */
public final class PatientMessageViews {

  private PatientMessageViews() {}

  public record SendMessageRequest(String text) {}

  public record MessageAccepted(UUID id, MessageStatus status) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PatientMessageView(UUID id, String text, MessageStatus status, Instant createdAt, ReplyView reply) {

    static PatientMessageView of(PatientMessage m, Reply reply) {
      return new PatientMessageView(m.id, m.text, m.status, m.createdAt,
          reply == null ? null : new ReplyView(reply.text, reply.label, reply.releasedAt));
    }
  }

  public record ReplyView(String text, String label, Instant releasedAt) {}
}
