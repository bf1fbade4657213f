package org.careloop.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageMixTest {

    @Test
    void everyKindHasAboutTenTexts() {
        MessageMix mix = new MessageMix(new int[] {1, 1, 1}, 1);

        for (MessageKind kind : MessageKind.values()) {
            assertThat(mix.texts(kind)).hasSizeBetween(8, 15).doesNotHaveDuplicates();
        }
    }

    @Test
    void kindsFollowTheWeights() {
        MessageMix mix = new MessageMix(new int[] {70, 10, 20}, 3);
        Map<MessageKind, Integer> counts = new EnumMap<>(MessageKind.class);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(mix.next().kind(), 1, Integer::sum);
        }

        assertThat(counts.get(MessageKind.ROUTINE)).isBetween(6_700, 7_300);
        assertThat(counts.get(MessageKind.EMERGENCY)).isBetween(800, 1_200);
        assertThat(counts.get(MessageKind.IDENTIFIERS)).isBetween(1_800, 2_200);
    }

    @Test
    void aZeroWeightKindIsNeverSent() {
        MessageMix mix = new MessageMix(new int[] {1, 0, 0}, 3);

        for (int i = 0; i < 100; i++) {
            assertThat(mix.next().kind()).isEqualTo(MessageKind.ROUTINE);
        }
    }

    @Test
    void shouldRefuseAMixWithoutWeights() {
        assertThatThrownBy(() -> new MessageMix(new int[] {0, 0, 0}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageMix(new int[] {1, 1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
