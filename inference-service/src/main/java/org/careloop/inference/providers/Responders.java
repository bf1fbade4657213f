package org.careloop.inference.providers;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.TreeMap;
import org.careloop.inference.config.CareloopConfig;

/** Picks the responder named by {@code careloop.drafting.provider} at run time. */
@ApplicationScoped
public class Responders {

    private final Map<String, Responder> byName = new TreeMap<>();
    private final CareloopConfig config;

    public Responders(Instance<Responder> all, CareloopConfig config) {
        for (Responder r : all) {
            byName.put(r.provider(), r);
        }
        this.config = config;
    }

    /** Fails the start on a misspelt provider rather than on the first message. */
    void onStart(@Observes StartupEvent event) {
        active();
    }

    public Responder active() {
        String name = config.drafting().provider();
        Responder r = byName.get(name);
        if (r == null) {
            throw new IllegalStateException("careloop.drafting.provider=" + name + " is not one of " + byName.keySet());
        }
        return r;
    }
}
