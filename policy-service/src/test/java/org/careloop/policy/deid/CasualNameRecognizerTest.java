package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.policy.deid.DeidFindings.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that capitals would have marked: lower-case messages, names given an age, pairs of names. */
class CasualNameRecognizerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "took nkechi to the park and she fell off the swing|NAME:nkechi",
                "my inhaler ran out and tariq said i can use his|NAME:tariq",
                "me and callum were playing football when i hurt my ankle|NAME:callum",
                "June is 14 months and still not walking, should I worry?|NAME:June",
                "Ruby is 5 and a half and fed up with the itching.|NAME:Ruby",
                "Sunny (our youngest) has been scratching all week.|NAME:Sunny",
            })
    void shouldFindANameWithoutCapitalsOrCue(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "you can reach me or my wife harpreet on the mobile|NAME:harpreet",
                "calling about my dad earl he fell again last night|NAME:earl",
                "her sister ivy had it last month too|NAME:ivy",
                "can you tell me what to do thanks ruth|NAME:ruth",
                "coach needs it by friday or i cant play. thx kemi x|NAME:kemi",
                "she says dr nwosu knows her and can vouch|NAME:nwosu",
                "Hope has had a temperature of 39.2 since last night.|NAME:Hope",
                "Jack fell off the trampoline and hurt his wrist.|NAME:Jack",
            })
    void shouldFindALowerCaseNameAfterARelationOrClosingTheMessage(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "is it ok to give ruby and finn the same dose? ruby is 4|NAME:ruby,NAME:finn",
                "Just letting you know that Grace and Will won't be at their jabs.|NAME:Grace,NAME:Will",
            })
    void shouldFindBothNamesOfAPair(String text, String expected) {
        assertThat(String.join(",", found(text))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my son is 4 and the baby and i are ill",
                "i hope the rash will go, ive had it a week",
                "the grace period for the prescription is 4 days",
                "Rose and ivy are the plants in my garden that gave me a rash.",
                "i was at my nan's and she said its fine",
                "my son will be late and my daughter has a cold",
                "my aunt shes not well and doesnt want to come in",
                "thanks so much",
                "Hope you're well. Will it hurt? May is a busy month for us.",
                "Bill says I owe money but I thought it was paid.",
                "the dr said to rest and drink plenty",
            })
    void ordinaryWordsShouldStay(String text) {
        assertThat(found(text)).isEmpty();
    }
}
