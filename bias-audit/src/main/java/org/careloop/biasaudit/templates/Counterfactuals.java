package org.careloop.biasaudit.templates;

import java.util.ArrayList;
import java.util.List;

/** Every message of one audit: each template's baseline, then one message per other variant of each attribute. */
public final class Counterfactuals {

    private Counterfactuals() {}

    public static List<Counterfactual> of(TemplateSet set, List<Attribute> audited) {
        List<Counterfactual> out = new ArrayList<>();
        for (MessageTemplate t : set.templates()) {
            out.add(new Counterfactual(t.id(), null, null, set.baselineText(t)));
            for (Attribute a : audited) {
                if (!set.varies(a, t)) {
                    continue;
                }
                for (Variant v : a.others()) {
                    out.add(new Counterfactual(t.id(), a.id(), v.id(), set.render(t, a, v)));
                }
            }
        }
        return out;
    }
}
