package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void aConfiguredIdIsUsedAsItIs() {
        assertThat(NodeId.of(Optional.of(" review-service-0 "), 8080)).isEqualTo("review-service-0");
    }

    @Test
    void withoutOneTheHostNameAndPortNameTheNode() {
        assertThat(NodeId.of(Optional.empty(), 8080)).endsWith(":8080").hasSizeGreaterThan(":8080".length());
        assertThat(NodeId.of(Optional.of("  "), 8081)).endsWith(":8081");
    }

    @Test
    void anIdTheJobTableCannotHoldIsRefusedAtStart() {
        assertThatThrownBy(() -> NodeId.of(Optional.of("n".repeat(NodeId.MAX_LENGTH + 1)), 8080))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("careloop.node-id");
        assertThatThrownBy(() -> NodeId.of(Optional.of("node\n1"), 8080)).isInstanceOf(IllegalStateException.class);
    }
}
