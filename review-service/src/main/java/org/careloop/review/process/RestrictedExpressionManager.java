package org.careloop.review.process;

import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** The engine's CDI expression manager, resolving through {@link NoMethodCallsElResolver}. */
public class RestrictedExpressionManager extends CdiExpressionManager {

    @Override
    protected ELResolver createElResolver() {
        return new NoMethodCallsElResolver(super.createElResolver());
    }
}
