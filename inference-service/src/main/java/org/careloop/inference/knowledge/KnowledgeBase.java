package org.careloop.inference.knowledge;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careloop.inference.config.CareloopConfig;
import org.jboss.logging.Logger;

/** The live knowledge base: loaded and embedded at startup, swapped atomically on reload. */
@ApplicationScoped
public class KnowledgeBase {

    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class);
    /**
     * The contract's placeholder syntax (docs/service-contracts.md, "Text limits and placeholders"), defined once in
     * this service: [NAME_1], [IP_ADDRESS_2], [AGE_90_PLUS_1]. {@code ServiceContractTest} checks it against the
     * document and every placeholder policy-service produces.
     */
    public static final String PLACEHOLDER_SYNTAX = "\\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\\d+\\]";

    private static final Pattern PLACEHOLDER = Pattern.compile(PLACEHOLDER_SYNTAX);

    private final CareloopConfig config;
    private final Embedder embedder;
    private volatile KnowledgeIndex index;

    public KnowledgeBase(CareloopConfig config, Embedder embedder) {
        this.config = config;
        this.embedder = embedder;
    }

    void onStart(@Observes StartupEvent event) {
        // Every retrieval embeds the message: the model is loaded, and run once, before the knowledge base (and so
        // the service's readiness) is in place, also when the build's vectors spare embedding the chunks.
        embedder.embed("ready");
        reload();
    }

    /** Re-reads and re-embeds every passage; requests in flight keep the snapshot they started with. */
    public synchronized KnowledgeIndex reload() {
        long started = System.nanoTime();
        List<SourceFile> files = KnowledgeBaseSource.read(config.knowledge().directory());
        KnowledgeIndex fresh =
                KnowledgeIndex.build(files, embedder, config.knowledge().maxChunkChars());
        index = fresh;
        LOG.infof(
                "knowledge base %s loaded: %d passages, %d chunks in %d ms",
                fresh.version(), fresh.passageCount(), fresh.chunkCount(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    /** The index in force, or null before the first load finished. */
    public KnowledgeIndex loaded() {
        return index;
    }

    public KnowledgeIndex current() {
        KnowledgeIndex i = index;
        return i != null ? i : reload();
    }

    /** Passages for a de-identified message; placeholders are dropped because they carry no meaning. */
    public Retrieval retrieve(String messageText) {
        return retrieve(messageText, List.of());
    }

    /** As above; passages addressing one of the red-flag categories come first. */
    public Retrieval retrieve(String messageText, List<String> redFlagCategories) {
        KnowledgeIndex snapshot = current();
        String query = PLACEHOLDER.matcher(messageText).replaceAll(" ").strip();
        float[] vector = embedder.embed(query.isEmpty() ? messageText : query);
        return new Retrieval(
                snapshot,
                vector,
                snapshot.retrieve(
                        vector,
                        config.knowledge().topK(),
                        config.knowledge().minScore(),
                        redFlagCategories.stream()
                                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                                .collect(Collectors.toSet())));
    }
}
