package org.careloop.inference.knowledge;

import java.util.List;

/**
 * The outcome of one retrieval, tied to the index snapshot it came from so that a reload in between
 * cannot mix two versions of the knowledge base in one draft.
 */
public record Retrieval(KnowledgeIndex index, float[] queryVector, List<RetrievedPassage> passages) {

    public String knowledgeBaseVersion() {
        return index.version();
    }

    public List<String> passageIds() {
        return passages.stream().map(p -> p.passage().id()).toList();
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }

    public List<ScoredSentence> rankSentences(String passageId) {
        return index.rankSentences(passageId, queryVector);
    }
}
