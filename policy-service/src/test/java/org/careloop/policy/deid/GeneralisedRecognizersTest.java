package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.policy.deid.DeidFindings.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The recognizers of policy 2026.11-2: lexicon names, international phones, checksummed numbers, dates, ages. */
class GeneralisedRecognizersTest {

    private static final Deidentifier DEID = Deidentifier.fromClasspath();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "my name is oksana petrenko and i need my bloods|NAME:oksana petrenko",
                "hi its kayode adeyemi, can u call me back|NAME:kayode adeyemi",
                "hi its sam again|NAME:sam",
            })
    void lowerCaseNamesAfterAStrongCueShouldEndAtTheFirstOrdinaryWord(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my name is not important, i just need advice",
                "my name is on the list for the flu jab",
                "thanks, have a nice day",
                "Please see the GP or nurse. If the skin becomes weepy, call us the same day.",
                "Ask the doctor. Then book a blood test.",
            })
    void ordinaryWordsAfterANameCueShouldStay(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Best regards,\\nKrzysztof Wiśniewski|NAME:Krzysztof Wiśniewski",
                "attn: Agnieszka Kowalczyk\\nplease send the results|NAME:Agnieszka Kowalczyk",
                "cc: Wojciech Zieliński, Katarzyna Lewandowska|NAME:Katarzyna Lewandowska",
                "Hi, this is Chukwuemeka Okonkwo. My BP was 150/95.|NAME:Chukwuemeka Okonkwo",
                "I write for my mother, Mrs Nguyễn Thị Lan, who is unwell.|NAME:Nguyễn Thị Lan",
                "Hola, soy José Luis García-López, tengo una cita.|NAME:José Luis García-López",
                "My mother Fatima bint Abdullah needs a refill.|NAME:Fatima bint Abdullah",
                "Dear Dr van der Berg, I need my levothyroxine.|NAME:van der Berg",
                "Best,\\nJ. Smith|NAME:J. Smith",
                "regards\\newa|NAME:ewa",
                "Patient name: da Silva, João\\nReason: back pain|NAME:da Silva, João",
                "i dont speak good english. my name Nguyen Van Hung, i have pain|NAME:Nguyen Van Hung",
                "On Mon, 3 Feb 2025, Grace Kim wrote: please confirm|NAME:Grace Kim",
                "This is Faith calling about my mother.|NAME:Faith",
                "Hello, I am Declan Ó Briain, born in Cork.|NAME:Declan Ó Briain",
                "Thanks for your help.\\nOleksandr Shevchenko|NAME:Oleksandr Shevchenko",
            })
    void shouldFindMultilingualNamesInNameSlots(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Is Bell's palsy contagious? My face feels droopy.",
                "I have Crohn's and my flare is getting worse.",
                "I looked it up on Dr. Google and now I'm scared.",
                "Will it hurt? I have my IUD insertion on Friday.",
                "Hope you are well. I take Eliquis 5 mg twice daily.",
                "Mark my words, this cough is getting worse.",
                "Grace period for the refill is 7 days right?",
                "Bill says I owe money but I thought insurance covered it.",
                "Is Parkinson's disease hereditary? Also is Alzheimer's linked to it?",
                "Ozempic 0.25 mg weekly started, should I go to Wegovy or Mounjaro?",
                "Thank you so much for your help!! Have a nice weekend :)",
            })
    void shouldNotTurnEponymsBrandsAndEverydayWordsIntoNames(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mon numéro est le +33 6 12 34 56 78, merci|PHONE:+33 6 12 34 56 78",
                "call my brother in Berlin, 0049 30 901820, please|PHONE:0049 30 901820",
                "my UK mobile is 07700 900123 if you need me|PHONE:07700 900123",
                "Her home phone is (020) 7946 0000, we are in the UK.|PHONE:(020) 7946 0000",
                "The card 4111 1111 1111 1111 was charged twice|ACCOUNT:4111 1111 1111 1111",
                "use IBAN DE89 3704 0044 0532 0130 00 please|ACCOUNT:DE89 3704 0044 0532 0130 00",
                "my bank account 00123456789 was debited|ACCOUNT:00123456789",
                "my IP is 2001:db8:85a3::8a2e:370:7334.|IP_ADDRESS:2001:db8:85a3::8a2e:370:7334",
                "my passport no. X12345678 is needed|LICENSE:X12345678",
                "they will revoke his licence, number K452-8873-0191 now|LICENSE:K452-8873-0191",
                "DL# D8841207 is what they asked for|LICENSE:D8841207",
                "lic # RN-448120 - I am a nurse|LICENSE:RN-448120",
                "The number was 7QK3-NT8-VP52 on the old card.|HEALTH_PLAN:7QK3-NT8-VP52",
                "Medicare card number: 1EG4-TE5-MK72.|HEALTH_PLAN:1EG4-TE5-MK72",
                "my ssn is 123 45 6789 ok|SSN:123 45 6789",
                "his social is 555 12 3456?|SSN:555 12 3456",
                "born 12-Dec-1948 in a village|DATE:12-Dec-1948",
                "the CT is booked for 2025/01/20.|DATE:2025/01/20",
                "it happened on 2023-07-14 at home|DATE:2023-07-14",
                "dizzy since the 3rd of March and worse|DATE:the 3rd of March",
                // the weekday belongs to the date: with the day and month it narrows down the year
                "I was seen Tuesday 5 March by the nurse.|DATE:Tuesday 5 March",
                "On Mon, 3 Feb 2025, the surgery wrote:|DATE:Mon, 3 Feb 2025",
                "Appointment on Friday, April 12th? I cannot make it.|DATE:Friday, April 12th",
                // Cyrillic-script names in the Latin spelling patients use (romanised into the lexicon)
                "hello doctor i am oksana petrenko, i come from far|NAME:oksana petrenko",
                "I had covid in March 2021 already|DATE:March 2021",
                "Grandpa is a 93-year-old man|AGE_90_PLUS:93",
                "dad is 92 yo and confused|AGE_90_PLUS:92",
                "my grandma is 99 y/o|AGE_90_PLUS:99",
                "Mr Haddad, aged 94, has a sore|AGE_90_PLUS:94",
                "She is 96 and keeps asking for him.|AGE_90_PLUS:96",
                "grandad turned 95 on sunday|AGE_90_PLUS:95",
            })
    void shouldFindEachNewKindOfIdentifier(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My BP readings this week: 132/84, 128/79, 141/90. Heart rate around 72.",
                "I take my insulin at 10:30 pm and 7:45 am, 12 units of Lantus.",
                "HbA1c 7.2%, LDL 3.4 mmol/L, TSH 2.1. Is that good?",
                "Dose is 1-2 tablets every 4-6 hours, max 8 in 24 hours, right?",
                "I am 45 years old and my father had a heart attack at 52.",
                "My oxygen is 96 and my pulse was 92 this morning.",
                "My sugar was 95 mg/dL before breakfast.",
                "The pain is 8/10, it started in 2019.",
                "About 3/4 of my inhaler is gone already.",
                "I walked 10,000 steps and my watch showed 98% oxygen and 62 bpm.",
            })
    void shouldLeaveLabValuesDosesTimesAndYoungerAgesAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void shouldNumberAges90PlusLikeEveryOtherType() {
        DeidResult result = DEID.deidentify("Mum is 96 years old and dad is 93 years old; mum is 96 years old.");
        assertThat(result.deidentifiedText())
                .isEqualTo(
                        "Mum is [AGE_90_PLUS_1] years old and dad is [AGE_90_PLUS_2] years old; mum is [AGE_90_PLUS_1] years old.");
    }
}
