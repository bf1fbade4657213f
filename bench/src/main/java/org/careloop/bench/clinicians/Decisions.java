package org.careloop.bench.clinicians;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** The decisions the clinicians made in this run, by task, message and kind of decision. */
public final class Decisions {

    private final Set<String> decidedTasks = ConcurrentHashMap.newKeySet();
    private final Set<String> reviewedMessages = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> drafters = new ConcurrentHashMap<>();

    void decided(String taskId, String messageId, String stage, String action) {
        decidedTasks.add(taskId);
        if (!"SECOND_REVIEW".equals(stage)) {
            reviewedMessages.add(messageId);
        }
        count(byKind, stage + " " + action);
    }

    /** What drafted the reviewed drafts ("offline/offline-extractive"), to show which model a run measured. */
    void drafted(String provider, String model) {
        count(drafters, provider + "/" + model);
    }

    boolean isDecided(String taskId) {
        return decidedTasks.contains(taskId);
    }

    public int messagesReviewed() {
        return reviewedMessages.size();
    }

    public Map<String, Long> byKind() {
        return snapshot(byKind);
    }

    public Map<String, Long> drafters() {
        return snapshot(drafters);
    }

    private static void count(ConcurrentMap<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> snapshot(ConcurrentMap<String, LongAdder> counts) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }
}
