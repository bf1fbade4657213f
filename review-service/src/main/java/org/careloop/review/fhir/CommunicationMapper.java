package org.careloop.review.fhir;

import java.util.Date;
import org.careloop.review.inbox.Approval;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.release.Reply;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A released reply as two Communications: the patient's message, and the reply {@code inResponseTo} it, sent by the
 * clinician whose approval released it, with the label the patient saw as a note and {@code AIAST} when AI drafted it.
 */
public final class CommunicationMapper {

    private CommunicationMapper() {}

    public static Communication message(ReleasedReply released) {
        PatientMessage message = released.message();
        Communication communication = base(FhirIds.message(message.id), message.id, message.patientId);
        communication.setSender(patient(message.patientId));
        communication.setSent(Date.from(message.createdAt));
        communication.addPayload().setContent(new StringType(message.text));
        return communication;
    }

    public static Communication reply(ReleasedReply released) {
        Reply reply = released.reply();
        PatientMessage message = released.message();
        Communication communication = base(FhirIds.reply(reply.messageId), reply.messageId, message.patientId);
        if (released.draftedWithAi()) {
            AiLabel.label(communication);
        }
        communication.addInResponseTo(new Reference("Communication/" + FhirIds.message(message.id)));
        communication.setSender(clinician(released.approval()));
        communication.addRecipient(patient(message.patientId));
        communication.setSent(Date.from(reply.releasedAt));
        communication.addPayload().setContent(new StringType(reply.text));
        communication.addNote(new Annotation().setText(reply.label));
        return communication;
    }

    private static Communication base(String id, java.util.UUID messageId, String patientId) {
        Communication communication = new Communication();
        communication.setIdElement(new IdType("Communication", id));
        communication.addIdentifier(
                new Identifier().setSystem(FhirIds.MESSAGE_SYSTEM).setValue(messageId.toString()));
        communication.setStatus(CommunicationStatus.COMPLETED);
        communication.setSubject(patient(patientId));
        return communication;
    }

    /** The patient by careloop's identifier: the clinic's EHR matches it to its own record. */
    static Reference patient(String patientId) {
        return new Reference()
                .setType("Patient")
                .setIdentifier(
                        new Identifier().setSystem(FhirIds.PATIENT_SYSTEM).setValue(patientId));
    }

    static Reference clinician(Approval approval) {
        return new Reference()
                .setType("Practitioner")
                .setIdentifier(
                        new Identifier().setSystem(FhirIds.CLINICIAN_SYSTEM).setValue(approval.clinicianUsername))
                .setDisplay(approval.clinicianDisplayName);
    }
}
