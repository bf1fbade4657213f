package org.careloop.review.audit.anchor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.careloop.review.audit.AuditChain;
import org.careloop.review.audit.AuditLog;

/** Checks the database's chain from its first row, and against every signed anchor outside the database. */
@ApplicationScoped
public class AnchoredVerification {

    @Inject
    AuditLog auditLog;

    @Inject
    AnchorFile file;

    @Inject
    AnchorKeys keys;

    public AuditCheck verify() {
        // Anchors first: each was signed over a head committed before it was written, so the chain read afterwards
        // reaches at least as far as every anchor read here.
        AnchorCheck anchors = new AnchorCheck(file.readAll(), keys.signer());
        AuditChain.Verification chain = auditLog.verify(anchors::accept);
        return AuditCheck.of(chain, anchors.result(chain));
    }
}
