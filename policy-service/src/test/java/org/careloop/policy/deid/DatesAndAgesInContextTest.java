package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.policy.deid.DeidFindings.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A day of the month on its own, a day and month with a dot, and ages over 89 said in passing. */
class DatesAndAgesInContextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Her mum is away until the 14th so I'm sorting it.|DATE:the 14th",
                "Could they be ready to collect by the 8th?|DATE:the 8th",
                "I'm away from the 10th to the 24th.|DATE:the 10th,DATE:the 24th",
                "He needs a translator for the appointment on 15.11 at the clinic.|DATE:15.11",
                "I shall be 99 next month and would like a home visit.|AGE_90_PLUS:99",
                "which my daughter tells me makes me 92, though I feel sixty|AGE_90_PLUS:92",
                "Resident Wilfred Achebe (95) has had loose stools since Monday.|AGE_90_PLUS:95",
                "I am Norman Tidswell, 93, of Church Row.|AGE_90_PLUS:93",
                "shes my aunt shes 96 and had a fall|AGE_90_PLUS:96",
                "Grandad turned 91 in the spring and has stopped going out.|AGE_90_PLUS:91",
                "Good morning, Mrs Shahrazad Okoye-Bhriain here, I'm 94 on Sunday.|AGE_90_PLUS:94",
                "writing for Mammy, she's ninety-two this year|AGE_90_PLUS:ninety-two",
                "Grandad is a hundred and one and still walks.|AGE_90_PLUS:a hundred and one",
                "Bà năm nay 93 tuổi, mấy hôm nay bà không đi tiểu được.|AGE_90_PLUS:93",
                "میری نانی کی عمر 96 سال ہے|AGE_90_PLUS:96",
                "我阿媽今年九十五歲，琴日開始發燒|AGE_90_PLUS:九十五",
                "Mi abuela tiene 97 años y no come.|AGE_90_PLUS:97",
                "Unko umer 91. Hamro ghar Aldershot.|AGE_90_PLUS:91",
                "my voice has gone hoarse since Christmas.|DATE:Christmas",
                "He cut his leg on Labor Day and now it's red.|DATE:Labor Day",
                "Admitted: 28/10  Discharged: 02/11|DATE:28/10,DATE:02/11",
                "Tengo tos desde noviembre y no se me quita.|DATE:desde noviembre",
                "J'ai mal au dos depuis janvier.|DATE:depuis janvier",
                "Boli mnie głowa od marca, a w lipcu byłam w szpitalu.|DATE:od marca,DATE:w lipcu",
                "Ich habe seit Februar Husten.|DATE:seit Februar",
                "Ameliyat Eylül'de oldu.|DATE:Eylül'de",
                "Me caí el domingo 12 en la calle.|DATE:domingo 12",
                "Depuis mardi 4, j'ai de la fièvre.|DATE:mardi 4",
                "出生日期1975年3月21日，电话在下面。|DATE:1975年3月21日",
                "생년월일 1980년 7월 2일입니다|DATE:1980년 7월 2일",
                "تاريخ الميلاد ١٢/٠٣/١٩٥٠|DATE:١٢/٠٣/١٩٥٠",
                "Doğum tarihim 1987 Haziran 14.|DATE:1987 Haziran 14",
                "Дата рождения 12 октября 1949.|DATE:12 октября 1949",
                "Rendez-vous le jeudi 9 octobre à la clinique.|DATE:jeudi 9 octobre",
                "mi número es seis cero cuatro cinco cinco cinco cero uno nueve ocho|PHONE:seis cero cuatro cinco cinco cinco cero uno nueve ocho",
                "numer telefonu jeden dwa trzy cztery pięć sześć siedem osiem|PHONE:jeden dwa trzy cztery pięć sześć siedem osiem",
                // Policy 2026.12-5: a day and month without the year, and the words around a date that belong to it.
                "Package of care QDS starts 14/03. Please review his feet.|DATE:14/03",
                "Last doses given 10/12. Ring the ward.|DATE:10/12",
                "Can I come in on 4/3 please?|DATE:4/3",
                "my blood results from last Monday the 6th still dont show|DATE:last Monday the 6th",
                "thank you for seeing my wife on the 2nd of this month.|DATE:the 2nd of this month",
            })
    void shouldRemoveDatesAndAgesSaidInPassing(String text, String expected) {
        assertThat(String.join(",", found(text))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "This is the 2nd dose of the course.",
                "We live on the 5th floor.",
                "I'm on 2.5 mg of bisoprolol.",
                "My sugar is 95 this morning.",
                "Is the surgery closed over Christmas?",
                "Are you open on Easter Monday?",
                "Her sats were ninety on air.",
                "Her oxygen was 93, lower than usual.",
                "It's the 3rd time this month.",
                "His sats were 91 in the evening.",
                "The score was 95 out of 100.",
                "Montag 3 Uhr passt mir gut.",
                "Mi hijo tiene mayo en el sandwich, ¿es malo?",
                "Ce mai faci? Nu mai pot dormi.",
                "The pain is 8/10 today and was 10/10 last night.",
                "Take 1/2 a tablet; the pharmacy is open 24/7.",
            })
    void shouldKeepCountsDosesAndMeasurements(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("DATE") || f.startsWith("AGE_90_PLUS"));
    }
}
