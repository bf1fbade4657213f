package org.careloop.inference.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierGuardTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "write to me at jane.doe@example.com please | EMAIL",
                "call me on (555) 123-4567 after 5 | PHONE",
                "my cell is 555-123-4567 | PHONE",
                "my cell is 555.123.4567 | PHONE",
                "my number is +1 555 123 4567 | PHONE",
                "reach me at 5551234567 | PHONE",
                "my SSN is 123-45-6789 | SSN",
                "+44 20 7946 0958 is my UK number | PHONE"
            })
    void shouldFindIdentifiersThatDeIdentificationMissed(String text, String type) {
        assertThat(IdentifierGuard.scan(text))
                .extracting(IdentifierGuard.Finding::type)
                .containsExactly(type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi, this is [NAME_1], DOB [DATE_1], call me at [PHONE_1] or [EMAIL_1].",
                "My blood pressure was 150/95 and my temperature 100.4 at 10:30.",
                "My sugar was 245 this morning, 2 days after the visit on [DATE_2].",
                "I take 2 tablets, 3 times a day, for 10 days.",
                "Call 911 or 988 if needed; my weight is 180 lbs.",
                "Reference 2024-11-03 and room 12-B."
            })
    void shouldLeavePlaceholdersAndOrdinaryNumbersAlone(String text) {
        assertThat(IdentifierGuard.scan(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldReportOffsetsButNotValues() {
        String text = "Mail jane@example.org now";
        var finding = IdentifierGuard.scan(text).get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("jane@example.org");
        assertThat(finding.toString()).doesNotContain("jane");
    }
}
