package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.policy.deid.DeidFindings.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeidentifierTest {

    private static final Deidentifier DEID = Deidentifier.fromClasspath();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hi Sarah, can you call me back?|NAME:Sarah",
                "Dear Dr. Okafor, my knee still hurts.|NAME:Okafor",
                "Hello, my name is Peter van Dyke and I need a refill.|NAME:Peter van Dyke",
                "This is Maria Gonzalez, I had my appointment on Monday.|NAME:Maria Gonzalez",
                "I am Tom and my ear hurts.|NAME:Tom",
                "My daughter Emma has a fever.|NAME:Emma",
                "My son, Jake, fell off his bike.|NAME:Jake",
                "Mrs. O'Brien asked me to write.|NAME:O'Brien",
                "The rash is gone. Thanks, Ana Lima|NAME:Ana Lima",
                "See you soon. - Robert|NAME:Robert",
                "hi its john, my knee hurts|NAME:john",
                "my name is maria and i need a refill|NAME:maria",
                "Hi there, Wei Zhang here. Is the flu shot free?|NAME:Wei Zhang",
                "hi dr alvarez and Dr Kim|NAME:Kim",
            })
    void shouldFindNamesAfterTheirContextWords(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I took Tylenol on Monday and my Headache is better.",
                "Is Lipitor safe with Metformin?",
                "I am Diabetic and Worried About my sugar.",
                "Hi Doctor, my Chest feels Tight after Advil.",
                "Thanks Team!",
                "Hello everyone, I Have a question About Ozempic.",
                "The rash has spread a lot since the weekend and its mark is bigger.",
                "i am tired and this is hard",
                "Dear Parent/Guardian, the school nurse asked us to write.",
                "Eid Mubarak to all the staff, and thank you for the flu jab.",
                "Selamat Hari Raya everyone, my mum's tablets ran out.",
            })
    void shouldNotTurnCapitalisedWordsAloneIntoNames(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("NAME:"));
    }

    @Test
    void shouldStillFindANameThatAGreetingUsesToo() {
        assertThat(found("Eid Mubarak! My neighbour Hosni Mubarak needs a lift to his appointment."))
                .containsExactly("NAME:Hosni Mubarak");
    }

    @Test
    void shouldFindANameSignedOnTheLastLine() {
        assertThat(found("Thank you for your help.\nSusan")).containsExactly("NAME:Susan");
        assertThat(found("Thanks,\nKowalczyk Jan")).containsExactly("NAME:Kowalczyk Jan");
    }

    @Test
    void shouldGiveTheSamePersonTheSamePlaceholderEachTime() {
        String text = "Hi, I'm John Smith. John has had a cough. Mary Smith, my wife, thinks John needs antibiotics.";
        DeidResult result = DEID.deidentify(text);
        assertThat(result.deidentifiedText())
                .isEqualTo(
                        "Hi, I'm [NAME_1]. [NAME_1] has had a cough. [NAME_2], my wife, thinks [NAME_1] needs antibiotics.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Call me at (555) 123-4567 please.|PHONE:(555) 123-4567",
                "my cell is 555.867.5309|PHONE:555.867.5309",
                "reach me on +44 20 7946 0958|PHONE:+44 20 7946 0958",
                "fax: 617-555-0199|FAX:617-555-0199",
                "write to jo.doe+clinic@mail.example.org today|EMAIL:jo.doe+clinic@mail.example.org",
                "DOB 03/04/1961|DATE:03/04/1961",
                "it started March 4, 2024 at night|DATE:March 4, 2024",
                "since 4 March I have felt dizzy|DATE:4 March",
                "seen on 2024-11-02|DATE:2024-11-02",
                "MRN: 00483921|MRN:00483921",
                "my medical record number is AB-77312|MRN:AB-77312",
                "patient ID 4471982|MRN:4471982",
                "member ID XJK449102|HEALTH_PLAN:XJK449102",
                "account # 99812-33|ACCOUNT:99812-33",
                "SSN 123-45-6789|SSN:123-45-6789",
                "social security number 123456789|SSN:123456789",
                "see https://example.com/x?y=1.|URL:https://example.com/x?y=1",
                "my portal is www.myclinic.org/jdoe|URL:www.myclinic.org/jdoe",
                "from IP 192.168.10.24 yesterday|IP_ADDRESS:192.168.10.24",
                "my grandmother is 94 years old|AGE_90_PLUS:94",
                "I live at 42 Maple Street, Apt 3B now|ADDRESS:42 Maple Street, Apt 3B",
                "Springfield, IL 62704|ZIP:62704",
                "licence plate 7ABC123|VEHICLE:7ABC123",
                "driver's license number D1234567|LICENSE:D1234567",
                "pacemaker serial number PM88213X|DEVICE:PM88213X",
            })
    void shouldFindEachKindOfIdentifier(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My blood pressure was 120/80 this morning.",
                "I take 500 mg twice a day.",
                "I had a stroke in 2019.",
                "I may 5 times a day feel dizzy.",
                "I am 45 years old.",
                "It hurts about 7 out of 10.",
            })
    void shouldLeaveNumbersThatAreNotIdentifiers(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void shouldReplaceEveryIdentifierAndKeepTheRestOfTheText() {
        String text = "Hi, this is John Smith, DOB 03/04/1961. I have chest pain since this morning.";
        DeidResult result = DEID.deidentify(text);
        assertThat(result.deidentifiedText())
                .isEqualTo("Hi, this is [NAME_1], DOB [DATE_1]. I have chest pain since this morning.");
        assertThat(result.entities())
                .containsExactly(
                        new DeidEntity(EntityType.NAME, "[NAME_1]", 12, 22),
                        new DeidEntity(EntityType.DATE, "[DATE_1]", 28, 38));
    }

    @Test
    void shouldPreferTheEmailOverTheNameInsideIt() {
        String text = "Hi Emma, write to emma.stone@example.com";
        assertThat(found(text)).containsExactly("NAME:Emma", "EMAIL:emma.stone@example.com");
    }

    @Test
    void shouldGiveTheSamePhoneNumberTheSamePlaceholderWhateverItsFormat() {
        DeidResult result = DEID.deidentify("Call 555-123-4567 or (555) 123-4567.");
        assertThat(result.deidentifiedText()).isEqualTo("Call [PHONE_1] or [PHONE_1].");
    }
}
