package org.careloop.review.release;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.inbox.Approval;
import org.careloop.review.intake.MessageStatus;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.support.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes a reply to the patient, but only text that a clinician approved for this very process instance:
 * the hash of the text is recomputed here and must match an approval record, whatever the process says.
 */
@ApplicationScoped
public class ReleaseService {

  private static final Logger LOG = Logger.getLogger(ReleaseService.class);

  @Inject
  AuditLog audit;

  @ConfigProperty(name = "careloop.review.time-zone")
  Optional<String> timeZone;

  @Transactional(Transactional.TxType.MANDATORY)
  public Reply release(String processInstanceId, UUID messageId, String text) {
    if (text == null || text.isBlank()) {
      throw refuse(processInstanceId, messageId, "no reply text");
    }
    String hash = Sha256.hex(text);
    Approval approval = Approval.forText(processInstanceId, hash);
    if (approval == null || approval.clinicianUsername == null || approval.clinicianUsername.isBlank()) {
      throw refuse(processInstanceId, messageId, "no clinician approval for this text");
    }
    if (!approval.messageId.equals(messageId)) {
      throw refuse(processInstanceId, messageId, "the approval is for another message");
    }
    Reply existing = Reply.findById(messageId);
    if (existing != null) {
      // The job ran before and committed; running it again must not publish twice or publish other text.
      if (!existing.textSha256.equals(hash)) {
        throw refuse(processInstanceId, messageId, "another text was already released");
      }
      return existing;
    }

    Reply reply = new Reply();
    reply.messageId = messageId;
    reply.processInstanceId = processInstanceId;
    reply.approvalId = approval.id;
    reply.text = text;
    reply.textSha256 = hash;
    reply.clinicianUsername = approval.clinicianUsername;
    reply.clinicianDisplayName = approval.clinicianDisplayName;
    reply.label = ReleaseLabel.of(approval.action, approval.clinicianDisplayName, approval.approvedAt, zone());
    reply.releasedAt = Instant.now();
    reply.persist();

    PatientMessage message = PatientMessage.findById(messageId);
    message.moveTo(MessageStatus.ANSWERED);
    audit.append(AuditType.REPLY_RELEASED, AuditLog.SYSTEM, messageId, processInstanceId, null, Map.of(
        "approvalId", approval.id.toString(), "textSha256", hash, "action", approval.action.name()));
    LOG.infof("reply to message %s released (approval %s)", messageId, approval.id);
    return reply;
  }

  private ReleaseRefusedException refuse(String processInstanceId, UUID messageId, String reason) {
    LOG.errorf("release of message %s refused: %s", messageId, reason);
    // Its own transaction: the job's transaction rolls back, the record of the refusal must stay.
    QuarkusTransaction.requiringNew().run(() -> audit.append(AuditType.RELEASE_REFUSED, AuditLog.SYSTEM, messageId,
        processInstanceId, null, Map.of("reason", reason)));
    return new ReleaseRefusedException("release refused for message " + messageId + ": " + reason);
  }

  private ZoneId zone() {
    return timeZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
  }
}
