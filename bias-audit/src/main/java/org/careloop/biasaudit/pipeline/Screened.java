package org.careloop.biasaudit.pipeline;

import java.util.List;

/** What policy-service's /screen said of one message: the text a model may see, and the triage. */
public record Screened(String policyVersion, String deidentifiedText, String highestSeverity, List<RedFlag> redFlags) {

    public record RedFlag(String category, String severity) {}
}
