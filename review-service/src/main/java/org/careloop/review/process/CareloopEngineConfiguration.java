package org.careloop.review.process;

import jakarta.inject.Singleton;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;

/**
 * The process engine's configuration: the Quarkus extension's defaults and {@code quarkus.camunda.*} settings,
 * with expressions that cannot call into Java ({@link RestrictedExpressionManager}). The extension uses a bean of
 * this type when there is one; a singleton, because the engine reads the configuration's fields directly and a
 * client proxy would hide them.
 */
@Singleton
public class CareloopEngineConfiguration extends QuarkusProcessEngineConfiguration {

    @Override
    protected void initExpressionManager() {
        super.initExpressionManager();
        // The CDI configuration this extends sets its own manager at init, unconditionally: replace it afterwards.
        // The engine's functions (now(), currentUser(), ...) are left out on purpose: no model may call them.
        expressionManager = new RestrictedExpressionManager();
    }
}
