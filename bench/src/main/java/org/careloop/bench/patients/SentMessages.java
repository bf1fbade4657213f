package org.careloop.bench.patients;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages this run sent and careloop accepted, and which of them the patient saw leave {@code RECEIVED}. Only
 * these messages' tasks are decided: the bench leaves other people's work alone.
 */
public final class SentMessages {

    private final Map<String, SentMessage> accepted = new ConcurrentHashMap<>();
    private final Set<String> inReview = ConcurrentHashMap.newKeySet();

    void add(SentMessage message) {
        accepted.put(message.id(), message);
    }

    void markInReview(String id) {
        inReview.add(id);
    }

    public SentMessage get(String id) {
        return accepted.get(id);
    }

    public boolean contains(String id) {
        return accepted.containsKey(id);
    }

    public int acceptedCount() {
        return accepted.size();
    }

    public int inReviewCount() {
        return inReview.size();
    }

    public Collection<SentMessage> all() {
        return List.copyOf(accepted.values());
    }
}
