package org.careloop.review.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void shouldHashUtf8TextToLowerCaseHex() {
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldTellApartTextsThatDifferInOneCharacter() {
        assertThat(Sha256.hex("Take 1 tablet")).isNotEqualTo(Sha256.hex("Take 7 tablet"));
        assertThat(Sha256.hex("Grüße")).hasSize(64);
    }
}
