package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumsTest {

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "5500-0000-0000-0004", "4539148803436467", "378282246310005"})
    void shouldAcceptCardNumbersThatPassLuhn(String card) {
        assertThat(Checksums.isCardNumber(card)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1112", "1234 5678 9012 3456", "123456789012", "0000 0000 0000 0000"})
    void shouldRefuseCardNumbersThatFailLuhnOrLength(String card) {
        assertThat(Checksums.isCardNumber(card)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606"})
    void shouldAcceptIbansWithTheirMod97Check(String iban) {
        assertThat(Checksums.isIban(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 01", "GB82WEST12345698765433", "XX00"})
    void shouldRefuseIbansWithAWrongCheck(String iban) {
        assertThat(Checksums.isIban(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2001:db8:85a3::8a2e:370:7334",
                "fe80::1ff:fe23:4567:890a",
                "2001:0db8:0000:0000:0000:ff00:0042:8329",
                "::ffff:192.0.2.128",
                "2001:db8::1"
            })
    void shouldAcceptFullAndCompressedIpv6(String address) {
        assertThat(Checksums.isIpv6(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"10:30:45", "12:30", "1:2:3", "2001:db8::1::2", "2001:db8:85a3:0:0:8a2e:370", "gggg::1", "::"})
    void shouldRefuseTimesAndMalformedIpv6(String value) {
        assertThat(Checksums.isIpv6(value)).isFalse();
    }
}
