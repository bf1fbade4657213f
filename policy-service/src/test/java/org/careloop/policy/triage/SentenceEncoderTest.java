package org.careloop.policy.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;
import org.junit.jupiter.api.Test;

/**
 * The encoder that runs BGE small on its ONNX session directly gives the vectors LangChain4j's model gives, one
 * text at a time, for texts of every length (one word, clauses, the 30-word segments, a text long enough to be
 * partitioned), repeated texts and every fifth triage exemplar; with one worker and with several.
 */
class SentenceEncoderTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void sameVectorsAsLangChain4jOneTextAtATime() {
        List<String> texts = texts();
        BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        List<float[]> expected = texts.stream()
                .map(t -> unit(reference.embed(t).content().vector()))
                .toList();

        float[][] shared = SentenceEncoder.shared().encode(texts);
        float[][] serial = new SentenceEncoder(OnnxSentenceModel.bgeSmallEnV15Quantized(), 1).encode(texts);

        assertThat(shared.length).isEqualTo(texts.size());
        assertThat(serial.length).isEqualTo(texts.size());
        double worst = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertThat(shared[i]).as(texts.get(i)).hasSize(384);
            for (int d = 0; d < 384; d++) {
                worst = Math.max(worst, Math.abs(shared[i][d] - expected.get(i)[d]));
                worst = Math.max(worst, Math.abs(serial[i][d] - expected.get(i)[d]));
            }
        }
        assertThat(worst).as("largest difference of a component").isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void aRepeatedTextGetsItsOwnArray() {
        float[][] vectors = SentenceEncoder.shared().encode(List.of("I have chest pain.", "I have chest pain."));
        assertThat(vectors[0]).isEqualTo(vectors[1]).isNotSameAs(vectors[1]);
        assertThat(SentenceEncoder.shared().encode(List.of())).isEmpty();
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "Help",
                "no",
                "I can't breathe.",
                "chest pian and siezure??",
                "My dad has gone grey and sweaty and is rubbing his chest, and he says it feels like an elephant is sitting on it",
                "Hi Dr. Patel, this is [NAME_1] (DOB [DATE_1], MRN [MRN_1]).",
                "Since March 4, 2024 I have had a cough and some wheezing at night",
                "I wanted to ask whether it is okay to keep taking my allergy spray through the summer, and whether the "
                        + "pharmacy can send the refill to the new store near the park",
                "Ça fait trois jours que j'ai mal à la tête 😟 — est-ce grave?",
                "I take Lisinopril and Metformin every morning and Tylenol when my knee hurts.",
                "I take Lisinopril and Metformin every morning and Tylenol when my knee hurts.",
                "   spaced   out   words   ",
                "Thanks!!!"));
        // Over 510 word pieces: LangChain4j embeds it in parts and averages them.
        texts.add(String.join(" ", Collections.nCopies(90, "the swelling in my ankle is worse today")));
        TriageExemplars exemplars =
                TriageExemplars.load(CurrentPolicy.fromClasspath().catalogue(PolicyManifest.TRIAGE_EXEMPLARS));
        List<String> all = new ArrayList<>();
        exemplars.categories().forEach(c -> all.addAll(c.exemplars()));
        all.addAll(exemplars.notEmergency());
        for (int i = 0; i < all.size(); i += 5) {
            texts.add(all.get(i));
        }
        return texts;
    }

    /** What SentenceEncoder did with LangChain4j's vectors: unit length in double. */
    private static float[] unit(float[] v) {
        double norm = Math.sqrt(SentenceEncoder.dot(v, v));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
