package org.careloop.review.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.drafting.Draft;
import org.careloop.review.oversight.canary.CanaryPlanter;
import org.careloop.review.policy.PolicyDtos.CheckCitation;
import org.careloop.review.policy.PolicyDtos.CheckDraftRequest;
import org.careloop.review.policy.PolicyDtos.CheckDraftResponse;
import org.careloop.review.policy.PolicyDtos.CheckRedFlag;
import org.careloop.review.policy.PolicyServiceCalls;
import org.careloop.review.screening.Screening;

/**
 * policy-service's safety checks of the draft. With no draft there is nothing to check. After the checks, at the
 * clinic's rate, a planted error for the review to catch (issue 14).
 */
@ApplicationScoped
public class DraftCheckService {

    @Inject
    PolicyServiceCalls policy;

    @Inject
    AuditLog audit;

    @Inject
    CanaryPlanter canaries;

    /** The draft's check: the stored one, else a new one. */
    public DraftCheck checkOnce(UUID messageId, String processInstanceId) {
        DraftCheck check = DraftCheck.findById(messageId);
        return check != null ? check : check(messageId, processInstanceId);
    }

    private DraftCheck check(UUID messageId, String processInstanceId) {
        Draft draft = Draft.findById(messageId);
        DraftCheck check = new DraftCheck();
        check.messageId = messageId;
        check.checkedAt = Instant.now();
        if (draft == null || !draft.available()) {
            check.status = DraftCheck.NO_DRAFT;
            check.findings = List.of();
        } else {
            CheckDraftResponse result = policy.checkDraft(request(draft, Screening.findById(messageId)));
            check.status = DraftCheck.CHECKED;
            check.policyVersion = result.policyVersion();
            check.riskLevel = result.riskLevel();
            check.findings = result.findings() == null ? List.of() : result.findings();
            check.readingGrade = result.readingGrade();
        }
        check.persist();
        audit.append(
                AuditType.CHECKS_DONE,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of(
                        "status", check.status,
                        "riskLevel", String.valueOf(check.riskLevel),
                        "findings", check.findings.size(),
                        "policyVersion", String.valueOf(check.policyVersion)));
        if (DraftCheck.CHECKED.equals(check.status)) {
            canaries.maybePlant(messageId, processInstanceId);
        }
        return check;
    }

    private static CheckDraftRequest request(Draft draft, Screening screening) {
        List<CheckCitation> citations = draft.citations == null
                ? List.of()
                : draft.citations.stream()
                        .map(c -> new CheckCitation(c.passageId(), c.start(), c.end()))
                        .toList();
        List<CheckRedFlag> redFlags = screening.redFlags.stream()
                .map(f -> new CheckRedFlag(f.category(), f.severity()))
                .toList();
        return new CheckDraftRequest(screening.deidentifiedText, draft.text, citations, redFlags);
    }
}
