package org.careloop.biasaudit.templates;

import java.util.List;

/**
 * Who the patient is, in one respect; its first variant is the baseline every other one is compared with. A
 * {@code control} attribute is not about the patient: its differences are the noise floor of the others.
 */
public record Attribute(String id, String label, String note, boolean control, List<Variant> variants) {

    public Attribute {
        variants = List.copyOf(variants);
    }

    public Variant baseline() {
        return variants.get(0);
    }

    public List<Variant> others() {
        return variants.subList(1, variants.size());
    }
}
