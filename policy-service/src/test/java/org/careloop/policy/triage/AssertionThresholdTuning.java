package org.careloop.policy.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.careloop.policy.evaluation.LabelledCorpus;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;

/**
 * Tunes the assertion model's threshold on the DEVELOPMENT corpora only: for each threshold it prints emergency
 * recall and false alarms of all layers together, the model lowering what it finds not present now. A program, not
 * a test: {@code java -cp ... org.careloop.policy.triage.AssertionThresholdTuning dev/triage-dev.jsonl ...}; with
 * {@code -Dshow=0.9} it also lists the messages that threshold gets wrong, with the evidence sentences' scores.
 */
public final class AssertionThresholdTuning {

    private record Evidence(String sentence, double notPresent, boolean weighed) {}

    private record Message(String id, boolean emergency, List<Evidence> emergencies) {
        boolean raised(double threshold) {
            return emergencies.stream().anyMatch(e -> !e.weighed() || e.notPresent() < threshold);
        }
    }

    public static void main(String[] args) {
        CurrentPolicy policy = CurrentPolicy.fromClasspath();
        TriageExemplars exemplars = TriageExemplars.load(policy.catalogue(PolicyManifest.TRIAGE_EXEMPLARS));
        TriageExemplars.Assertions assertions = exemplars.assertions();
        TriageExemplars unweighed = new TriageExemplars(
                exemplars.version() + "-unweighed",
                exemplars.description(),
                exemplars.thresholds(),
                exemplars.negations(),
                exemplars.categories(),
                exemplars.notEmergency(),
                new TriageExemplars.Assertions(
                        2, assertions.unweighedCategories(), assertions.present(), assertions.notPresentKinds()));
        RedFlagCatalogue catalogue = RedFlagCatalogue.load(policy.catalogue(PolicyManifest.RED_FLAGS));
        Triage triage = new Triage(catalogue, unweighed, EnumSet.allOf(TriageLayer.class));
        AssertionModel model = AssertionModel.forCatalogue(exemplars, catalogue);
        List<Message> messages = new ArrayList<>();
        for (String file : args) {
            for (JsonNode row : LabelledCorpus.read(file)) {
                String text = row.get("text").asText().replace('’', '\'').replace('‘', '\'');
                List<Evidence> evidence = new ArrayList<>();
                for (RedFlag flag : triage.assess(text).redFlags()) {
                    if (flag.severity() == Severity.EMERGENCY) {
                        String sentence = model.evidence(text, flag.start(), flag.end());
                        boolean weighed = model.weighs(flag);
                        evidence.add(new Evidence(sentence, weighed ? model.notPresent(sentence) : 0, weighed));
                    }
                }
                messages.add(
                        new Message(row.get("id").asText(), row.get("emergency").asBoolean(), evidence));
            }
        }
        for (double t : new double[] {2, 0.999, 0.995, 0.99, 0.98, 0.97, 0.95, 0.93, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5}) {
            int emergencies = 0;
            int raised = 0;
            int routine = 0;
            int alarms = 0;
            for (Message m : messages) {
                if (m.emergency()) {
                    emergencies++;
                    raised += m.raised(t) ? 1 : 0;
                } else {
                    routine++;
                    alarms += m.raised(t) ? 1 : 0;
                }
            }
            System.out.printf(
                    "not present from %.3f: recall %.3f (%d/%d) false alarms %.3f (%d/%d)%n",
                    t, (double) raised / emergencies, raised, emergencies, (double) alarms / routine, alarms, routine);
        }
        String show = System.getProperty("show");
        if (show != null) {
            double t = Double.parseDouble(show);
            for (Message m : messages) {
                if (m.raised(t) != m.emergency() || m.raised(2) != m.raised(t)) {
                    System.out.printf("%s %s%n", m.emergency() ? "EMERGENCY" : "routine", m.id());
                    m.emergencies()
                            .forEach(e -> System.out.printf(
                                    "    %.3f %s %s%n",
                                    e.notPresent(), e.weighed() ? "" : "(not weighed)", e.sentence()));
                }
            }
        }
    }
}
