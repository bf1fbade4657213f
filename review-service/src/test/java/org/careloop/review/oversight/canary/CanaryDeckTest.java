package org.careloop.review.oversight.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryDeckTest {

    @Test
    void everyRunOfFiveCanariesHoldsEachKindOnce() {
        CanaryPlanter planter = new CanaryPlanter();
        List<CanaryKind> dealt = new ArrayList<>();
        for (int i = 0; i < 3 * CanaryKind.values().length; i++) {
            dealt.add(planter.nextKind());
        }
        for (int deck = 0; deck < 3; deck++) {
            List<CanaryKind> one = dealt.subList(deck * 5, deck * 5 + 5);
            assertThat(EnumSet.copyOf(one)).isEqualTo(EnumSet.allOf(CanaryKind.class));
        }
    }
}
