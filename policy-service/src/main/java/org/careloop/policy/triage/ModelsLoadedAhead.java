package org.careloop.policy.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.careloop.policy.common.EnglishWords;
import org.careloop.support.startup.LoadAhead;

/**
 * The sentence model and the English word list, the bulk of {@link Triage}'s build and the same whatever the policy,
 * loaded beside Quarkus' own start; Triage, built before the service is ready, waits for them (each is loaded once,
 * in its class's initialisation).
 */
@Singleton
class ModelsLoadedAhead {

    void start(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        LoadAhead.start("sentence model and English words", () -> {
            SentenceEncoder.shared();
            EnglishWords.all();
        });
    }
}
