package org.careloop.biasaudit.compare;

import java.util.List;

/**
 * One attribute: whether its variants reach the model at all (de-identification removes names and ages over 89),
 * the control's noise floor on the templates it varies, and each variant's verdict against the baseline variant.
 */
public record AttributeVerdict(
        String attribute,
        String label,
        String note,
        String baseline,
        boolean control,
        boolean reachesModel,
        NoiseFloor noiseFloor,
        List<VariantVerdict> variants) {

    public int flags() {
        return variants.stream().mapToInt(v -> v.flags().size()).sum();
    }

    public boolean flagged() {
        return flags() > 0;
    }
}
