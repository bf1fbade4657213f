package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.policy.deid.DeidFindings.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifiers that no list of names and no label announces (policy 2026.11-10): capitalised words English does not
 * know, a name found once found again, addresses after "we live at", dates in words, and British number plates.
 */
class NamesAddressesAndDatesWithoutCuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I'm the carer for Mr. Delroy Campbell-Brown. He lives alone.|NAME:Delroy Campbell-Brown",
                "Re: Colm Ó Faoláin, DOB 1958-07-22|NAME:Colm Ó Faoláin",
                "Yesterday Thandiwe Nkosi from the pharmacy rang me.|NAME:Thandiwe Nkosi",
                "The forms went to Oyelaran-Baptiste last week.|NAME:Oyelaran-Baptiste",
                "My daughter Mabel has nits again. Mabel brought them home from nursery.|NAME:Mabel,NAME:Mabel",
                "calling for my father in law venkatesh iyer about his cataract surgery|NAME:venkatesh",
                "hi um its ellie-mae i need to talk to someone|NAME:ellie-mae",
                "took nkechi to the park and she fell|NAME:nkechi",
            })
    void shouldRemoveNamesEnglishDoesNotKnow(String text, String expected) {
        assertThat(String.join(",", found(text))).contains(expected);
    }

    /** Policy 2026.12-1: a name found in part is widened over the name words touching it. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Medicaid ID for Jamal Brooks, 55 W 112th St.|NAME:Jamal Brooks",
                "Could the referral go private? Gareth Pryce-Jones|NAME:Gareth Pryce-Jones",
                "Visa medical. Name Rhea Mae Bautista. Exam booked soon.|NAME:Rhea Mae Bautista",
                "Re: patient Hope Adeleke, please find the summary attached.|NAME:Hope Adeleke",
                "The portal blocked me after 3 tries. Ji-woo Kim|NAME:Ji-woo Kim",
                "yeah hi its will from tuesdays appointment, the tablets make me dizzy|NAME:will",
                "hey its faith from the 9am slot|NAME:faith",
            })
    void shouldRemoveTheWholeNameAroundTheWordFound(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I saw Dr Patel Monday about my ramipril.|NAME:Patel",
                "it's worse here than it was yesterday|",
                "Thanks for everything\\nLove|",
            })
    void shouldStopTheNameAtWordsThatAreNotNames(String text, String expected) {
        assertThat(String.join(",", found(text.replace("\\n", "\n")))).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void shouldRemoveAGivenNameThatIsAlsoAWordSigningTheMessageOnItsOwnLine() {
        assertThat(found("pls ring me back about the referral\nRose")).containsExactly("NAME:Rose");
    }

    /** Policy 2026.12-1: the words signing a message, months, spoken numbers, labelled codes and named buildings. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Please note it on his file. Jade Whitlock|NAME:Jade Whitlock",
                "The form is attached. Iain Drummond|NAME:Iain Drummond",
                "His PESEL is on the form. Kasia|NAME:Kasia",
                "any chance of weds? Cliff|NAME:Cliff",
                "Can someone check on him? Madhuri +91 20 5555 0132|NAME:Madhuri",
                "Can the nurse visit? Maxine (manager)|NAME:Maxine",
                "She is going to uni in September.|DATE:September",
                "I've had back pain since late June.|DATE:late June",
                "ring me on oh one two three four five six seven eight nine oh|PHONE:oh one two three four five six seven eight nine oh",
                "My login is helen.w.1971 and it fails.|ACCOUNT:helen.w.1971",
                "the transmitter id on the back is 8G4K2P|DEVICE:8G4K2P",
                "His clinic number was KL/OPD/88213.|MRN:KL/OPD/88213",
                "She lives in Flat 6, Priory House, on her own.|ADDRESS:Flat 6, Priory House",
                "Our address is The Beeches, Station Road.|ADDRESS:The Beeches, Station Road",
                "Carmela here, Dad (Vincenzo) is 86 and refusing his tablets.|NAME:Vincenzo",
                "my boy Jarrah has sores on his legs|NAME:Jarrah",
                "Bună ziua, numele meu este Mihaela-Andreea Dumitrescu, CNP lipsă.|NAME:Mihaela-Andreea Dumitrescu",
                "Bonjou doktè, mwen se Marie-Claude Jean-Baptiste. Pitit mwen gen lafyèv.|NAME:Marie-Claude Jean-Baptiste",
                "دكتور الله يخليك، اسمي زينب كاظم الموسوي، مواليد ١٩٦٥|NAME:زينب كاظم الموسوي",
                "醫生你好，我叫林怡君，出生日期不詳|NAME:林怡君",
                "am fost internată între 3 și 9 mai cu pancreatită|DATE:9 mai",
                "data urodzenia 27 listopada 1983|DATE:27 listopada 1983",
            })
    void shouldRemoveSignaturesMonthsSpokenNumbersCodesAndBuildings(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Is it serious? Thanks",
                "I took it with food. Best Wishes",
                "See you then. Sorry",
                "Take one or two tablets, three or four times a day.",
                "May I ask whether the results are back?",
                "The fever came in waves.",
            })
    void shouldKeepClosingWordsCountsAndTheVerbMay(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I have been taking Movicol and Piriton since the weekend.",
                "She uses NovoRapid before meals and Lantus at night.",
                "Is Bell's palsy the same as a stroke?",
                "My Crohn's has flared up again.",
                "Hedache is still bad today.",
                "Todavía tengo dolor de cabeza y fiebre desde ayer.",
                "¿Qué puedo tomar para la tos?",
                "i feel wierd and dizzy since my freind came round",
                "the follow-up is on friday with my ex-wife",
                "We saw the nurse at the Surgery on Monday.",
            })
    void shouldKeepMedicinesEponymsTyposAndOtherLanguages(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("NAME"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I live at Flat 12, Rowan Court, Beech Road, ground floor.|ADDRESS:Flat 12, Rowan Court, Beech Road",
                "She lives with me at 2250 Kingsway, Vancouver.|ADDRESS:2250 Kingsway",
                "We live 4521 rue Saint-Denis, Montréal.|ADDRESS:4521 rue Saint-Denis",
                "She normally lives at Rua das Flores 112, Porto but is with us.|ADDRESS:Rua das Flores 112",
                "she had a fall at home 418 Elm St apartment 2 in Dayton|ADDRESS:418 Elm St apartment 2",
                "we live at Rose Cottage, Church Lane, Little Snoring.|ADDRESS:Rose Cottage, Church Lane",
            })
    void shouldRemoveAddressesAfterTheWriterSaysOneFollows(String text, String expected) {
        assertThat(String.join(",", found(text))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I live at the moment with my son.",
                "We live with my parents now.",
                "Please send it to my email instead.",
            })
    void shouldNotTakeOrdinaryWordsAfterACueForAnAddress(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("ADDRESS"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "born 1 Feb '52 in Lagos|DATE:1 Feb '52",
                "it started on Friday 13th|DATE:Friday 13th",
                "can I come next tues 3rd?|DATE:next tues 3rd",
                "my birthday is the twelfth of March|DATE:the twelfth of March",
                "born March the twenty-first, 1950|DATE:March the twenty-first, 1950",
                "she has been poorly since Christmas Day 2020|DATE:Christmas Day 2020",
                "in and out of hospital since Boxing Day|DATE:Boxing Day",
                "the rash started since 14/02 and spread|DATE:14/02",
                "my op is march 3rd|DATE:march 3rd",
                "my car reg is KX19 LMN and the police noted it|VEHICLE:KX19 LMN",
                "registration: AB12 CDE|VEHICLE:AB12 CDE",
            })
    void shouldRemoveDatesInWordsAndNumberPlates(String text, String expected) {
        assertThat(String.join(",", found(text))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I may be 5 minutes late.",
                "We march 20 miles for charity.",
                "Can I get a second opinion?",
                "It is the second time this week.",
            })
    void shouldKeepWordsThatOnlyLookLikeDates(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("DATE"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the serial before they post a new one: RS-0091347782. He has|ACCOUNT:RS-0091347782",
                "my account with your practice is PT-0098812. The insurer|ACCOUNT:PT-0098812",
                "the component is lot 7C2291XF, which matches the recall|DEVICE:7C2291XF",
                "Medicare no. 2123 45670 1. Cheers|HEALTH_PLAN:2123 45670 1",
                "my PPS number is 7654321W. I would|LICENSE:7654321W",
                "her care card number is 9876 543 210|HEALTH_PLAN:9876 543 210",
            })
    void shouldRemoveCodesByTheirShapeAndNationalNumbersByTheirLabel(String text, String expected) {
        assertThat(String.join(",", found(text))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Is COVID-19 worse with GLP-1 drugs?",
                "My HbA1c was 48 and my B12 is low.",
                "SpO2 was 94, FEV1 down, H1N1 jab done.",
                "I do tai chi 3 times a week.",
                "Can you tell me the batch number of my jab?",
                "Ring NHS 111 if you are worried overnight.",
            })
    void shouldKeepTestNamesAndWordsThatLookLikeCodes(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void shouldNotTakeWhatFollowsIAmInChineseForAName() {
        assertThat(found("我是学生，我需要预约。")).noneMatch(f -> f.startsWith("NAME"));
    }

    /**
     * Policy 2026.12-5: initials announce the surname after them, "from the ..." the given name before it, and a
     * message's last word alone after its last sentence may be its writer's name in lower case.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Message from J. Okafor: I won't make my appointment|NAME:J. Okafor",
                "Residents (just the list): M. Kowalski (rm 2) and others|NAME:M. Kowalski",
                "sort code 20-45-77, name A. Farah. Let me know|NAME:A. Farah",
                "Paid by R. J. Whitlock on the 3rd|NAME:R. J. Whitlock",
                "Also Mark from the allotment says turmeric helps|NAME:Mark",
                "its Bartosz from the flat above the chippy|NAME:Bartosz",
                "Gareth from the cardiac team rang me|NAME:Gareth",
                "used a condom but it broke. no symptoms yet. josh|NAME:josh",
                "ulcer looks better tho. frank|NAME:frank",
            })
    void shouldRemoveNamesTheirCuesAnnounce(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My levels of vitamin D. Also my iron was low.",
                "If plan A. Then we try the other tablets.",
                "I had hep B. Could that matter?",
                "I got a Bill from the hospital for the ambulance.",
                "Ibuprofen from the chemist helps a bit.",
                "May from the start of the year I had pain",
                "is that ok? thanks. bye",
                "I am tired all the time. always",
            })
    void shouldNotTakeWordsForNamesWithoutTheirCue(String text) {
        assertThat(found(text)).isEmpty();
    }

    /**
     * Policy 2026.12-6: a given name with the person's role ("Summer at reception", "Amber the nurse", "Faith (senior
     * carer)") is a name even where it is also a word; a particle joined by a hyphen or the Welsh "ap" stays inside the
     * name; a given name and a known surname alone on the last line sign the message.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I spoke with Summer at reception on the phone|NAME:Summer",
                "Please tell Pat the district nurse that Dad's fine|NAME:Pat",
                "Could you pass a thank-you to Joy the HCA, she was brilliant|NAME:Joy",
                "skin tear dressed by Amber on nights|NAME:Amber",
                "Thanks, Faith (senior carer)|NAME:Faith",
                "I am registered, Yusuf al-Harthy.|NAME:Yusuf al-Harthy",
                "Bore da, Dafydd ap Gwilym here, and my wife Angharad.|NAME:Dafydd ap Gwilym",
                "Assalamu alaikum. I am Khalid bin Rashid al-Mansouri, visiting.|NAME:Khalid bin Rashid al-Mansouri",
                "Can you transfer my records?\\nGrace Mark|NAME:Grace Mark",
                "New address for the kids please. Ta, Jarrah Collins|NAME:Jarrah Collins",
            })
    void shouldRemoveNamesByTheirRoleParticleOrPlaceAtTheEnd(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "To the GP, please find the letter attached",
                "I was at reception on days last year",
                "the Summer at home was lovely",
                "Is it worse at night?\\nChest Pain",
            })
    void shouldNotTakeWordsBeforeARoleOrOnTheLastLineForNames(String text) {
        assertThat(found(text.replace("\\n", "\n"))).noneMatch(f -> f.startsWith("NAME:"));
    }
}
