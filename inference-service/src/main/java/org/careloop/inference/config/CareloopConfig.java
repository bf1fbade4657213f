package org.careloop.inference.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** All careloop settings of inference-service (prefix {@code careloop}). */
@ConfigMapping(prefix = "careloop")
public interface CareloopConfig {

    Drafting drafting();

    Knowledge knowledge();

    /**
     * Start outside the dev and test profiles with the committed development credentials ({@link DevSecretsGuard});
     * {@code ./careloop up} sets it for the local demo.
     */
    @WithDefault("false")
    boolean allowDevSecrets();

    interface Drafting {
        /** {@code offline}, {@code openai} or {@code ollama}; read at run time. */
        @WithDefault("offline")
        String provider();

        /** Most knowledge-base sentences the offline responder quotes. */
        @WithDefault("4")
        int maxSentences();

        Remote openai();

        Remote ollama();
    }

    interface Remote {
        /** Model version recorded when the server does not report one. */
        Optional<String> modelVersion();
    }

    interface Knowledge {
        /** Folder of Markdown passages; the bundled sample set is used when absent. */
        Optional<String> directory();

        @WithDefault("3")
        int topK();

        /** Lowest cosine similarity for a passage to count as retrieved. */
        @WithDefault("0.35")
        double minScore();

        /** Lowest cosine similarity for a sentence of a retrieved passage to be quoted. */
        @WithDefault("0.30")
        double sentenceMinScore();

        /** Longest chunk, in characters, that is embedded as one vector. */
        @WithDefault("200")
        int maxChunkChars();
    }
}
