package org.careloop.review.audit.anchor;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careloop.review.audit.AuditChain;

/**
 * The audit check an operator reads: valid only when the chain holds from its first row and fits every signed
 * anchor. {@code brokenAt} and {@code reason} name the first problem; {@code chain} and {@code anchors} say more.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditCheck(
        boolean valid,
        long events,
        Long brokenAt,
        String reason,
        AuditChain.Verification chain,
        AnchorCheck.Result anchors) {

    /** The verdict in the chain check's shape, for the admin page: the first problem, of the chain or the anchors. */
    public AuditChain.Verification summary() {
        return new AuditChain.Verification(valid, events, brokenAt, reason);
    }

    static AuditCheck of(AuditChain.Verification chain, AnchorCheck.Result anchors) {
        if (!chain.valid()) {
            return new AuditCheck(false, chain.events(), chain.brokenAt(), chain.reason(), chain, anchors);
        }
        if (!anchors.valid()) {
            AnchorCheck.Failure first = anchors.failures().get(0);
            String where = first.line() == null ? "" : "anchor file line " + first.line() + ": ";
            return new AuditCheck(false, chain.events(), first.seq(), where + first.reason(), chain, anchors);
        }
        return new AuditCheck(true, chain.events(), null, null, chain, anchors);
    }
}
