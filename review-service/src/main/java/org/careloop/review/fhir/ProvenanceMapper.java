package org.careloop.review.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careloop.review.inbox.Approval;
import org.careloop.review.inbox.DecisionAction;
import org.careloop.review.inference.InferenceDtos;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Provenance.ProvenanceEntityRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * The Provenance of a released reply: the model that drafted it (a contained Device: model, version, provider,
 * prompt template and knowledge-base versions) as author, the clinicians who approved it (contained Practitioners) as
 * verifiers (or, for a reply the clinician wrote, as its author), the patient's message and the cited knowledge-base
 * passages as sources, the policy versions that screened the message and checked the draft, and the release time.
 */
public final class ProvenanceMapper {

    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    /** Provenance.policy: one URI per careloop policy version that screened the message or checked the draft. */
    static final String POLICY_PREFIX = "urn:careloop:policy:";

    private static final String MODEL = "model";

    private ProvenanceMapper() {}

    public static Provenance of(ReleasedReply released) {
        Provenance provenance = new Provenance();
        provenance.setIdElement(new IdType("Provenance", FhirIds.release(released.reply().messageId)));
        provenance.addTarget(new Reference("Communication/" + FhirIds.reply(released.reply().messageId)));
        provenance.setRecorded(Date.from(released.reply().releasedAt));
        provenance.setActivity(new CodeableConcept(new Coding(DATA_OPERATION, "CREATE", "create")));
        policyVersions(released).forEach(v -> provenance.addPolicy(POLICY_PREFIX + encode(v)));

        if (released.hasModelProvenance()) {
            provenance.addContained(model(released.draft().provenance));
            provenance
                    .addAgent()
                    .setType(participant("author", "Author"))
                    .setWho(new Reference("#" + MODEL))
                    .addRole(new CodeableConcept().setText("drafted the reply"));
        }
        List<Approval> approvers = released.approvers();
        for (int i = 0; i < approvers.size(); i++) {
            Approval approval = approvers.get(i);
            String id = "clinician-" + (i + 1);
            provenance.addContained(practitioner(id, approval));
            boolean wroteIt = i == 0 && !released.draftedWithAi();
            provenance
                    .addAgent()
                    .setType(wroteIt ? participant("author", "Author") : participant("verifier", "Verifier"))
                    .setWho(new Reference("#" + id).setDisplay(approval.clinicianDisplayName))
                    .addRole(new CodeableConcept().setText(i == 0 ? decision(approval.action) : "second review"));
        }

        provenance
                .addEntity()
                .setRole(ProvenanceEntityRole.SOURCE)
                .setWhat(new Reference("Communication/" + FhirIds.message(released.message().id)));
        if (released.draftedWithAi() && released.draft() != null && released.draft().citations != null) {
            citedPassages(released.draft().citations)
                    .forEach((passageId, title) -> provenance
                            .addEntity()
                            .setRole(ProvenanceEntityRole.SOURCE)
                            .setWhat(new Reference()
                                    .setIdentifier(new Identifier()
                                            .setSystem(FhirIds.PASSAGE_SYSTEM)
                                            .setValue(passageId))
                                    .setDisplay(title)));
        }
        return provenance;
    }

    private static Device model(InferenceDtos.Provenance draft) {
        Device device = new Device();
        device.setId(MODEL);
        device.setType(new CodeableConcept().setText("AI model that drafted the reply"));
        if (draft.model() != null) {
            device.addDeviceName().setName(draft.model()).setType(Device.DeviceNameType.MODELNAME);
        }
        if (draft.provider() != null) {
            device.setManufacturer(draft.provider());
        }
        version(device, "model version", draft.modelVersion());
        version(device, "prompt template", draft.promptTemplateVersion());
        version(device, "knowledge base", draft.knowledgeBaseVersion());
        return device;
    }

    private static void version(Device device, String what, String value) {
        if (value != null && !value.isBlank()) {
            device.addVersion().setType(new CodeableConcept().setText(what)).setValue(value);
        }
    }

    private static Practitioner practitioner(String id, Approval approval) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(id);
        practitioner.addIdentifier(
                new Identifier().setSystem(FhirIds.CLINICIAN_SYSTEM).setValue(approval.clinicianUsername));
        practitioner.addName().setText(approval.clinicianDisplayName);
        return practitioner;
    }

    private static String decision(DecisionAction action) {
        return switch (action) {
            case APPROVE -> "approved the draft as shown";
            case EDIT_AND_APPROVE -> "edited and approved the draft";
            default -> "wrote the reply";
        };
    }

    private static CodeableConcept participant(String code, String display) {
        return new CodeableConcept(new Coding(PARTICIPANT_TYPE, code, display));
    }

    /** Each cited passage once, in the order the draft cites them: passage id to title. */
    private static Map<String, String> citedPassages(List<InferenceDtos.Citation> citations) {
        Map<String, String> passages = new LinkedHashMap<>();
        citations.stream()
                .filter(c -> c.passageId() != null && !c.passageId().isBlank())
                .forEach(c -> passages.putIfAbsent(c.passageId(), c.title()));
        return passages;
    }

    private static Set<String> policyVersions(ReleasedReply released) {
        Set<String> versions = new LinkedHashSet<>();
        if (released.screening() != null && released.screening().policyVersion != null) {
            versions.add(released.screening().policyVersion);
        }
        if (released.check() != null && released.check().policyVersion != null) {
            versions.add(released.check().policyVersion);
        }
        return versions;
    }

    private static String encode(String version) {
        return URLEncoder.encode(version, StandardCharsets.UTF_8);
    }
}
