package org.careloop.policy.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.careloop.policy.deid.DeidEntity;
import org.careloop.policy.deid.DeidResult;
import org.careloop.policy.deid.Deidentifier;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.triage.LlmTriageOpinion;
import org.careloop.policy.triage.PromptInjection;
import org.careloop.policy.triage.PromptInjectionDetector;
import org.careloop.policy.triage.RedFlag;
import org.careloop.policy.triage.Severity;
import org.careloop.policy.triage.Triage;
import org.careloop.policy.triage.TriageResult;
import org.jboss.logging.Logger;

/** Screens a patient message: de-identification, red-flag triage, prompt-injection cues, and a record of it. */
@ApplicationScoped
public class ScreeningService {

    private static final Logger LOG = Logger.getLogger(ScreeningService.class);

    private final CurrentPolicy policy;
    private final Deidentifier deidentifier;
    private final Triage triage;
    private final PromptInjectionDetector injection;
    private final LlmTriageOpinion llm;
    private final ScreeningMetrics metrics;

    public ScreeningService(
            CurrentPolicy policy,
            Deidentifier deidentifier,
            Triage triage,
            PromptInjectionDetector injection,
            LlmTriageOpinion llm,
            ScreeningMetrics metrics) {
        this.policy = policy;
        this.deidentifier = deidentifier;
        this.triage = triage;
        this.injection = injection;
        this.llm = llm;
        this.metrics = metrics;
    }

    @Transactional
    public ScreenResponse screen(String messageId, String text) {
        DeidResult deid = deidentifier.deidentify(text);
        TriageResult flags = triage.assess(text);
        // A configured model's opinion can only raise; once the message is an emergency, it is not waited for.
        if (llm.enabled() && flags.highestSeverity() != Severity.EMERGENCY) {
            TriageResult screened = flags;
            flags = llm.opinion(messageId, deid.deidentifiedText(), text.length())
                    .map(flag -> Triage.withFlag(screened, flag))
                    .orElse(flags);
        }
        PromptInjection cues = injection.detect(text);
        record(messageId, text.length(), deid, flags, cues);
        // Ids and counts only: message text never goes to the log.
        LOG.infof(
                "screened message %s: %d identifiers, highest severity %s, injection suspected %s, policy %s",
                messageId, deid.entities().size(), flags.highestSeverity(), cues.suspected(), policy.version());
        ScreenResponse response = new ScreenResponse(
                policy.version(),
                deid.deidentifiedText(),
                deid.entities(),
                flags.redFlags(),
                flags.highestSeverity(),
                cues);
        metrics.screened(response);
        return response;
    }

    private void record(String messageId, int textLength, DeidResult deid, TriageResult flags, PromptInjection cues) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DeidEntity entity : deid.entities()) {
            counts.merge(entity.type().name(), 1, Integer::sum);
        }
        ScreeningRecord record = new ScreeningRecord();
        record.id = UUID.randomUUID();
        record.messageId = messageId;
        record.policyVersion = policy.version();
        record.entityCounts = counts;
        record.redFlagCategories = flags.redFlags().stream()
                .map(RedFlag::category)
                .distinct()
                .sorted()
                .toList();
        record.highestSeverity = flags.highestSeverity();
        record.promptInjectionSuspected = cues.suspected();
        record.textLength = textLength;
        record.screenedAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.persist();
    }
}
