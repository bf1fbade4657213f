package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.policy.deid.DeidFindings.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recognizers of policy 2026.11-3: places by gazetteer and context, postal codes of several countries, names
 * without a cue, identifier numbers by label or by shape.
 */
class PlacesAndNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I was visiting my aunt in Milwaukee when it started.|CITY:Milwaukee",
                "My headaches started at school (Birmingham) last term.|CITY:Birmingham",
                "We drove from Kraków to see the specialist.|CITY:Kraków",
                "We came back from Newcastle upon Tyne on the train.|CITY:Newcastle upon Tyne",
                "We moved to Reading in March.|CITY:Reading",
                "Please send it to my school in Piscataway NJ|CITY:Piscataway",
                "Our new place: 12 Kingsley Road, Wexcombe, Surrey|CITY:Wexcombe",
                "She lives at 3 Mill Lane, Thornbury BS35 2AA.|CITY:Thornbury",
                "Address: 88 Hill Street, Lismore NSW 2480|CITY:Lismore",
                "My family are from Tulkarm and I moved here last year.|CITY:Tulkarm",
                "Estoy de vacaciones en Ushuaia y me duele el oído.|CITY:Ushuaia",
                "Grandad lives at 7 Ropers Yard.|ADDRESS:7 Ropers Yard",
                "Post it to 22 Mill Side, please.|ADDRESS:22 Mill Side",
                "Mum moved into Beechwood Residential Home in the spring.|ADDRESS:Beechwood Residential Home",
                "Adresa mea: Strada Lalelelor 9, ap. 12.|ADDRESS:Strada Lalelelor 9, ap. 12",
                // Policy 2026.12-4: a house name with "The", a house number and name after a bare "at", Welsh "y".
                "We're staying at The Old Forge, Back Lane, Much Hadham until Friday.|ADDRESS:The Old Forge, Back Lane",
                "she sleeps over at 14 Hawthorns most weekends|ADDRESS:14 Hawthorns",
                "Our new flat is at 2 Heol y Nant now.|ADDRESS:2 Heol y Nant",
            })
    void shouldFindCitiesAndTownsByGazetteerOrContext(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My postcode is EH3 9QN.|ZIP:EH3 9QN",
                "I'm in Leeds LS6 2AB now.|ZIP:LS6 2AB",
                "Toronto, ON M5V 2T6|ZIP:M5V 2T6",
                "Unit 2, 17 Beach Road, Manly NSW 2095|ZIP:2095",
                "Calle Mayor 12, 28013 Madrid|ZIP:28013",
                "Postcode 3011 AB, Rotterdam|ZIP:3011 AB",
                "We are at 41 Oak Drive, Tampa, FL 33602-1234|ZIP:33602-1234",
                // Policy 2026.12-5: a code right after a place found, where no list knows the town; an Eircode.
                "We live now at 88 Kingsway Rd, Footscray 3011 because we moved house.|ZIP:3011",
                "Living in Ballyfermot now, 42 Le Fanu Road, D10 VX83.|ZIP:D10 VX83",
            })
    void shouldFindPostalCodesOfSeveralCountries(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I was reading about bath salts for my mobile phone addiction lol.",
                "Is it safe to fly to Florida with a cast? We go to Spain after.",
                "My sugar was 10115 no sorry 101.15, is that high?",
                "Would the ambulance take her to St Mary's or the General?",
                "I read about Hodgkin's lymphoma and got scared.",
                "Can I get it in Ozempic form? I shop in Lidl and write in Urdu.",
                "I fast in Ramadan, is that ok with my metformin?",
                "I march 5 miles a day with the dog and take 2 may I ask if that's fine?",
                "The surgery was built in 1934 and the car park floods.",
            })
    void shouldLeaveEverydayWordsCountriesYearsAndHospitalsAlone(String text) {
        assertThat(found(text))
                .allMatch(found -> !found.startsWith("CITY") && !found.startsWith("NAME") && !found.startsWith("ZIP"));
    }

    @Test
    void shouldTakeAYearAfterAnAddressForAYearNotAPostalCode() {
        assertThat(found("I live at 4 Oak Road, Leeds, 2019 was a hard year for us."))
                .contains("CITY:Leeds")
                .noneMatch(found -> found.startsWith("ZIP"));
    }

    @Test
    void shouldTakeAYearBeforeACityForAYearNotAPostalCode() {
        assertThat(found("In 2019 Paris was lovely, this year not so much.")).containsExactly("CITY:Paris");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The owner's name was Greg Houlihan, should I report it?|NAME:Greg Houlihan",
                "Our Zainab (she's 6) has had a cough for three weeks.|NAME:Zainab",
                "Please find my details: Ngozi Adeyemi-Bello, Flat 3.|NAME:Ngozi Adeyemi-Bello",
                "My father-in-law (Tomasz) fell in the bathroom.|NAME:Tomasz",
                "Bonjour, je m'appelle Aurélie Dubois-Lefèvre.|NAME:Aurélie Dubois-Lefèvre",
                "Message from Bill Nowicki: my account was debited twice.|NAME:Bill Nowicki",
                "Patient: ADEBAYO, Temitope Grace|NAME:ADEBAYO, Temitope Grace",
                "Name: MARGUERITE OYELARAN|NAME:MARGUERITE OYELARAN",
            })
    void shouldFindNamesWithoutACue(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My health card number is DUBA 8503 1214.|HEALTH_PLAN:DUBA 8503 1214",
                "State ID NY 871 223 904, she is confused.|LICENSE:NY 871 223 904",
                "Our patient ID at the old hospital was 00-4471-22, can you get the files?|MRN:00-4471-22",
                "my travel document is A12803456|LICENSE:A12803456",
                "The refund went to 945456787654 instead.|ACCOUNT:945456787654",
                "My ITIN is 911-70-1234.|SSN:911-70-1234",
                "SSN 078.05.1123 on the form|SSN:078.05.1123",
                "Text me on 09201234567 please.|PHONE:09201234567",
                "Cep no: 0532 123 45 67|PHONE:0532 123 45 67",
                "I have had a rash since 12 novembre.|DATE:12 novembre",
                "can't come in thurs 5/8, can we move it|DATE:thurs 5/8",
                "the card expired 05/2021 i think|DATE:05/2021",
                "my ip: ::1 according to the help desk|IP_ADDRESS:::1",
                // Policy 2026.12-4: a card's or an IBAN's layout even where a digit is mistyped, a masked card, an
                // account after "acc", the year of birth alone and a day before a lower-case "march".
                "they took it twice from 4716 2201 8835 9105, can you refund|ACCOUNT:4716 2201 8835 9105",
                "Amex 3782 822463 10006 please|ACCOUNT:3782 822463 10006",
                "don't charge **** **** **** 2261 again|ACCOUNT:**** **** **** 2261",
                "wages go to NL91 ABNA 0417 1643 01 now|ACCOUNT:NL91 ABNA 0417 1643 01",
                "sort code 40-11-62 acc 7314 0092|ACCOUNT:7314 0092",
                "Mr Ashworth (born 1931) needs a new walking frame.|DATE:1931",
                "flying home, back in the surgery on 21 march|DATE:21 march",
            })
    void shouldFindIdentifierNumbersByLabelOrShape(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I took two tablets at 8 this morning and we meet at 5 and then go to the shops.",
                "Could you ring me at 3 PM on Monday, I'm staying at the moment with my son.",
                "The scan is at 10 Tuesday morning, or at 9 March if that is full.",
            })
    void shouldNotReadATimeOrADateAfterAtAsAnAddress(String text) {
        assertThat(found(text)).noneMatch(found -> found.startsWith("ADDRESS"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My OHIP is 4532-281-736-AB and my sugar is high.",
                "The licence is GL0285191 from the state board.",
            })
    void shouldNotReadDigitsInsideACodeAsAPhoneNumber(String text) {
        assertThat(found(text)).noneMatch(found -> found.startsWith("PHONE"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I take 1000 mg of vitamin C and 20000 IU of D.",
                "Steps today: 12000, sleep 7.5 hours, weight 81.4 kg.",
                "Reference 11111111 was on the letter.",
            })
    void shouldLeaveShortAndRepeatedNumbersAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    /**
     * Policy 2026.11-12: the UK's National Insurance number by label or by an issued prefix, a card's expiry date,
     * dates written "de" in Spanish and Portuguese, names after a label of their own ("surname", "account holder"),
     * and a name's initials.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The DWP form wants my national insurance number: JT 48 29 61 B.|SSN:JT 48 29 61 B",
                "NI no. pc 55 12 90 a for the sick note, please.|SSN:pc 55 12 90 a",
                "Use AB123456C on the form.|SSN:AB123456C",
                "The card ends 4417, expiry 03/28.|DATE:03/28",
                "Naci el 4 de agosto de 1951 en Quito.|DATE:4 de agosto de 1951",
                "Minha data de nascimento é 17 de março de 1949.|DATE:17 de março de 1949",
                "My maiden name was Okonjo, it may be on the old notes.|NAME:Okonjo",
                "Please refund the account holder, Teodora Vasilescu.|NAME:Teodora Vasilescu",
                "The carer is Mr Abernethy (D. Abernethy) and he will bring her in.|NAME:D. Abernethy",
            })
    void shouldFindNationalInsuranceExpiryForeignDatesLabelledNamesAndInitials(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Take 2 tablets, expiry date on the box is fine.",
                "My BP was 135/85 at 09:30.",
                "Plan B. Then we see.",
            })
    void shouldLeaveLookAlikesOfTheNewShapesAlone(String text) {
        assertThat(found(text)).isEmpty();
    }
}
