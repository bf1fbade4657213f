package org.careloop.inference.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import org.careloop.inference.config.CareloopConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the knowledge base is embedded; reports its version, size and the drafting provider. */
@Readiness
@ApplicationScoped
public class KnowledgeBaseHealth implements HealthCheck {

    private final KnowledgeBase knowledgeBase;
    private final CareloopConfig config;

    public KnowledgeBaseHealth(KnowledgeBase knowledgeBase, CareloopConfig config) {
        this.knowledgeBase = knowledgeBase;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        KnowledgeIndex index = knowledgeBase.loaded();
        if (index == null) {
            return HealthCheckResponse.named("knowledge-base").down().build();
        }
        return HealthCheckResponse.named("knowledge-base")
                .up()
                .withData("version", index.version())
                .withData("passages", index.passageCount())
                .withData("provider", config.drafting().provider())
                .build();
    }
}
