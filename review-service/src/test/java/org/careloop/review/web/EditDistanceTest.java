package org.careloop.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void shouldCountWordsInsertedDeletedOrReplaced() {
    assertThat(EditDistance.words("a b c", "a b c")).isZero();
    assertThat(EditDistance.words("a b c", "a x c")).isEqualTo(1);
    assertThat(EditDistance.words("a b c", "a c")).isEqualTo(1);
    assertThat(EditDistance.words("a b c", "a b c d e")).isEqualTo(2);
    assertThat(EditDistance.words("", "one two")).isEqualTo(2);
    assertThat(EditDistance.words("same  words\nhere", "same words here")).isZero();
  }

  @Test
  void shouldSplitOnWhitespaceOnly() {
    assertThat(EditDistance.words(" Hello, world. ")).isEqualTo(List.of("Hello,", "world."));
    assertThat(EditDistance.words("  ")).isEmpty();
  }
}
