package org.careloop.review.fhir;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.inbox.Approval;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.release.Reply;
import org.careloop.review.screening.Screening;

/** Released replies as the FHIR export reads them, oldest release first; the caller's transaction. */
@ApplicationScoped
public class ReleasedReplies {

    /** One page of released replies, and how many there are in all. */
    public record Page(List<ReleasedReply> replies, long total, int offset) {

        public boolean hasNext() {
            return offset + replies.size() < total;
        }
    }

    public Page ofPatient(String patientId, int offset, int count) {
        return page(
                Reply.find(
                        "messageId in (select m.id from PatientMessage m where m.patientId = ?1)"
                                + " order by releasedAt, messageId",
                        patientId),
                offset,
                count);
    }

    /** Released at or after {@code from} and before {@code to}. */
    public Page releasedBetween(Instant from, Instant to, int offset, int count) {
        return page(
                Reply.find("releasedAt >= ?1 and releasedAt < ?2 order by releasedAt, messageId", from, to),
                offset,
                count);
    }

    public Optional<ReleasedReply> ofMessage(UUID messageId) {
        Reply reply = Reply.findById(messageId);
        return reply == null ? Optional.empty() : Optional.of(of(reply));
    }

    private Page page(PanacheQuery<Reply> query, int offset, int count) {
        long total = query.count();
        List<ReleasedReply> replies = new ArrayList<>();
        if (offset < total) {
            query.range(offset, offset + count - 1).list().forEach(r -> replies.add(of(r)));
        }
        return new Page(replies, total, offset);
    }

    private ReleasedReply of(Reply reply) {
        PatientMessage message = PatientMessage.findById(reply.messageId);
        return new ReleasedReply(
                message,
                reply,
                approvers(reply),
                Screening.findById(reply.messageId),
                Draft.findById(reply.messageId),
                DraftCheck.findById(reply.messageId));
    }

    /** One approval per clinician of exactly the released text, the one the reply rests on first (as the release). */
    private static List<Approval> approvers(Reply reply) {
        Map<String, Approval> byClinician = new LinkedHashMap<>();
        Approval first = Approval.findById(reply.approvalId);
        byClinician.put(first.clinicianUsername, first);
        Approval.ofReply(reply.processInstanceId, reply.textSha256).stream()
                .filter(a -> a.messageId.equals(reply.messageId))
                .forEach(a -> byClinician.putIfAbsent(a.clinicianUsername, a));
        return List.copyOf(byClinician.values());
    }
}
