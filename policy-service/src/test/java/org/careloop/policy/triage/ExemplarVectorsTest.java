package org.careloop.policy.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;
import org.junit.jupiter.api.Test;

/** The build's exemplar vectors and classifiers are what the service would compute at start, and only for its own sets. */
class ExemplarVectorsTest {

    private static final TriageExemplars EXEMPLARS =
            TriageExemplars.load(CurrentPolicy.fromClasspath().catalogue(PolicyManifest.TRIAGE_EXEMPLARS));

    @Test
    void shouldServeTheBuildsVectorsForEveryExemplarSetAndTheyShouldBeTheModelsOwn() {
        List<String> stroke = EXEMPLARS.categories().get(0).exemplars();
        float[][] stored = ExemplarVectors.stored(stroke);
        assertThat(stored)
                .as("the build embeds every exemplar set (process-classes)")
                .isNotNull();
        assertThat(ExemplarVectors.stored(EXEMPLARS.notEmergency())).isNotNull();

        float[][] fresh = SentenceEncoder.shared().encode(stroke.subList(0, 3));
        for (int i = 0; i < fresh.length; i++) {
            for (int d = 0; d < fresh[i].length; d++) {
                assertThat(stored[i][d]).isCloseTo(fresh[i][d], within(1e-4f));
            }
        }
    }

    @Test
    void shouldNotServeStoredVectorsForAChangedExemplarSet() {
        List<String> changed = new ArrayList<>(EXEMPLARS.categories().get(0).exemplars());
        changed.set(0, changed.get(0) + " (edited)");
        assertThat(ExemplarVectors.stored(changed)).isNull();
        assertThat(SentenceEncoder.shared().encodeExemplars(changed)).hasNumberOfRows(changed.size());
    }

    @Test
    void shouldReadTheBuildsClassifierAsIfTrainedNow() {
        List<float[][]> kinds = new ArrayList<>();
        EXEMPLARS.categories().forEach(c -> kinds.add(SentenceEncoder.shared().encodeExemplars(c.exemplars())));
        float[][] background = SentenceEncoder.shared().encodeExemplars(EXEMPLARS.notEmergency());
        double regularisation = EXEMPLARS.thresholds().regularisation();
        ExemplarClassifier stored = ExemplarClassifier.trained(kinds, background, regularisation);

        ExemplarClassifier now = ExemplarClassifier.retrained(kinds, background, regularisation);
        for (String sentence : List.of("my chest feels crushed and my arm is numb", "can I move my smear test?")) {
            float[] v = SentenceEncoder.shared().encode(List.of(sentence))[0];
            double[] a = stored.probabilities(v);
            double[] b = now.probabilities(v);
            for (int c = 0; c < a.length; c++) {
                assertThat(a[c]).isCloseTo(b[c], within(1e-9));
            }
        }
    }
}
