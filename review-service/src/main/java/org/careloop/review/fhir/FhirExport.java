package org.careloop.review.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.fhir.FhirIds.CommunicationId;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Provenance;

/**
 * Released replies as FHIR R4: searches by patient and by target, reads by id, and the export of a date range. Every
 * reply returned is a read of PHI and is audited (one FHIR_READ event per reply, naming the reader); another patient's
 * reply is answered exactly as one that does not exist.
 */
@ApplicationScoped
public class FhirExport {

    @Inject
    ReleasedReplies replies;

    @Inject
    FhirConfig config;

    @Inject
    AuditLog audit;

    /** The Communications (the message and the reply) of a patient's released replies. */
    @Transactional
    public Bundle communicationsOf(FhirReader reader, String patientId, Paging paging) {
        if (!reader.maySee(patientId)) {
            throw FhirException.forbidden("a patient may search only their own records");
        }
        ReleasedReplies.Page page = replies.ofPatient(patientId, paging.offset(), paging.count());
        FhirBundles bundle = FhirBundles.searchset(paging.base(), paging.request(), page.total() * 2);
        page.replies().forEach(r -> bundle.match(CommunicationMapper.message(r)).match(CommunicationMapper.reply(r)));
        audit(reader, page.replies(), "Communication", "search");
        return withNext(bundle, page, paging);
    }

    /** The Provenance of the reply Communication {@code target}: none for a message, another patient's or no reply. */
    @Transactional
    public Bundle provenanceOf(FhirReader reader, CommunicationId target, Paging paging) {
        List<ReleasedReply> found = target.reply()
                ? replies.ofMessage(target.messageId()).filter(r -> reader.maySee(r.message().patientId)).stream()
                        .toList()
                : List.of();
        FhirBundles bundle = FhirBundles.searchset(paging.base(), paging.request(), found.size());
        found.forEach(r -> bundle.match(ProvenanceMapper.of(r)));
        audit(reader, found, "Provenance", "search");
        return bundle.bundle();
    }

    @Transactional
    public Communication communication(FhirReader reader, CommunicationId id) {
        ReleasedReply reply = visible(reader, id.messageId(), "Communication");
        audit(reader, List.of(reply), "Communication", "read");
        return id.reply() ? CommunicationMapper.reply(reply) : CommunicationMapper.message(reply);
    }

    @Transactional
    public Provenance provenance(FhirReader reader, java.util.UUID messageId) {
        ReleasedReply reply = visible(reader, messageId, "Provenance");
        audit(reader, List.of(reply), "Provenance", "read");
        return ProvenanceMapper.of(reply);
    }

    /**
     * Every reply released in [from, to), each as its message, reply and Provenance, a page of replies at a time;
     * a range longer than {@code careloop.fhir.export-max-range} is refused.
     */
    @Transactional
    public Bundle releasedBetween(FhirReader reader, Instant from, Instant to, Paging paging) {
        if (reader.isPatient()) {
            throw FhirException.forbidden("the export is for administrators");
        }
        if (!from.isBefore(to)) {
            throw FhirException.badRequest("'from' must be before 'to'");
        }
        Duration max = config.exportMaxRange();
        if (Duration.between(from, to).compareTo(max) > 0) {
            throw FhirException.badRequest("the range from 'from' to 'to' is longer than " + max.toDays()
                    + " days; export it in several ranges");
        }
        ReleasedReplies.Page page = replies.releasedBetween(from, to, paging.offset(), paging.count());
        // A searchset, not a collection: R4 allows a next link only on search (and history) results.
        FhirBundles bundle = FhirBundles.searchset(paging.base(), paging.request(), page.total() * 3);
        page.replies()
                .forEach(r -> bundle.match(
                        CommunicationMapper.message(r), CommunicationMapper.reply(r), ProvenanceMapper.of(r)));
        audit(reader, page.replies(), "Communication,Provenance", "export");
        return withNext(bundle, page, paging);
    }

    private ReleasedReply visible(FhirReader reader, java.util.UUID messageId, String type) {
        return replies.ofMessage(messageId)
                .filter(r -> reader.maySee(r.message().patientId))
                .orElseThrow(() -> FhirException.notFound(type));
    }

    private static Bundle withNext(FhirBundles bundle, ReleasedReplies.Page page, Paging paging) {
        if (page.hasNext()) {
            bundle.next(paging.offset() + page.replies().size());
        }
        return bundle.bundle();
    }

    private void audit(FhirReader reader, List<ReleasedReply> read, String resources, String how) {
        read.forEach(r -> audit.append(
                AuditType.FHIR_READ,
                reader.actor(),
                r.message().id,
                r.reply().processInstanceId,
                null,
                Map.of("resources", resources, "via", how)));
    }

    /** Where the request came from (for the bundle's links) and which page of replies it asks for. */
    public record Paging(URI base, URI request, int offset, int count) {}
}
