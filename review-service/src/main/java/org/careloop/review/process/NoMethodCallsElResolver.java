package org.careloop.review.process;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * The engine's expression resolver with everything that reaches Java taken away: no method calls at all, and no
 * property reads or writes on objects other than maps, lists and arrays. Names still resolve to variables and
 * beans ({@code ${reviewGroup}}, {@code ${releaseReplyDelegate}}), which is all careloop's models need. If a model
 * ever got past the deploy-time gate, {@code ${''.getClass().forName(…)}} or {@code ${task.complete()}} fails here.
 */
final class NoMethodCallsElResolver extends ELResolver {

    private final ELResolver delegate;

    NoMethodCallsElResolver(ELResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
        throw new MethodNotFoundException("careloop: an expression may not call a method (" + method + ")");
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        refuseObject(base, property);
        return delegate.getValue(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        throw new PropertyNotWritableException("careloop: an expression may not write (" + property + ")");
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        refuseObject(base, property);
        return delegate.getType(context, base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return delegate.getCommonPropertyType(context, base);
    }

    private static void refuseObject(Object base, Object property) {
        if (base != null
                && !(base instanceof Map
                        || base instanceof List
                        || base.getClass().isArray())) {
            throw new PropertyNotFoundException("careloop: an expression may not read '" + property + "' of a "
                    + base.getClass().getSimpleName() + " (only variables, maps, lists and arrays)");
        }
    }
}
