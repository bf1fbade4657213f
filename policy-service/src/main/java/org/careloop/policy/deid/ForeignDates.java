package org.careloop.policy.deid;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates as other languages and scripts write them, where {@link IdentifierPatterns} reads English (and a day before
 * a month in several languages): a month after its own language's preposition ("depuis avril", "w kwietniu",
 * "seit März"), a weekday with its day ("sábado 27", "lundi 13"), Chinese, Japanese and Korean dates, dates in
 * Arabic-Indic or Persian digits, and the year-month-day order ("1992 Mart 8").
 */
final class ForeignDates {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int SCORE = 58;
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    /**
     * Each language's months after the words that date something with them. A month alone is a date element, but
     * several are words elsewhere ("mai", "mart", "maja"), so a month counts only after its own language's cue.
     */
    private static final List<String> MONTH_AFTER_CUE = List.of(
            // Spanish
            "(?:en|desde|hasta|de|para|a\\s+(?:finales|principios|mediados)\\s+de|el\\s+mes\\s+de)\\s+(?:enero|febrero"
                    + "|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)",
            // Portuguese
            "(?:em|desde|até|de|no\\s+mês\\s+de|em\\s+meados\\s+de|no\\s+(?:início|fim|final)\\s+de)\\s+(?:janeiro"
                    + "|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)",
            // French
            "(?:en|depuis|jusqu['’]en|début|fin|mi-|dès|courant|au\\s+mois\\s+de|au\\s+mois\\s+d['’])\\s*(?:janvier"
                    + "|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
                    + "|decembre)",
            // Italian
            "(?:a|ad|da|dal|di|in|fino\\s+a|entro|(?:inizio|fine|metà)(?:\\s+di)?)\\s+(?:gennaio|febbraio|marzo|aprile"
                    + "|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
            // German
            "(?:im|seit|bis|ab|anfang|ende|mitte|vom|zum)\\s+(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli"
                    + "|august|september|oktober|november|dezember)",
            // Dutch
            "(?:sinds|tot|vanaf|begin|eind|half)\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
                    + "|oktober|november|december)",
            // Polish: the locative after "w", the genitive after "od", "do", "z"
            "(?:w|we|od|do|z|na\\s+początku|pod\\s+koniec|w\\s+połowie)\\s+(?:styczniu|lutym|marcu|kwietniu|maju"
                    + "|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu|stycznia|lutego|marca"
                    + "|kwietnia|czerwca|lipca|sierpnia|września|października|listopada|grudnia)",
            // Romanian
            "(?:în|din|până\\s+în|de\\s+la|la\\s+(?:începutul|sfârșitul|mijlocul)\\s+lui)\\s+(?:ianuarie|februarie"
                    + "|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)",
            // Turkish: a month with a case ending or "ayında" ("Mart'ta", "Nisanda", "Ekim ayından beri")
            "(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)(?:['’]?(?:ta|te|da|de|tan"
                    + "|ten|dan|den)|\\s+ay(?:ında|ından|ı))");

    /** Weekdays in Spanish, Portuguese, French, Haitian Creole, Italian, German, Polish, Romanian, Turkish, Persian. */
    private static final String WEEKDAY = "(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
            + "|segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi"
            + "|dimanche|lendi|madi|mèkredi|jedi|vandredi|samdi|dimanch|lunedì|lunedi|martedì|martedi|mercoledì"
            + "|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag"
            + "|samstag|sonnabend|sonntag|poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela"
            + "|niedzielę|luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica|pazartesi|salı"
            + "|çarşamba|perşembe|cuma|cumartesi|pazar|shanbe|yekshanbe|doshanbe|seshanbe|chaharshanbe|panjshanbe"
            + "|jome|jomeh";

    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])";
    private static final String CJK_NUMBER = "[〇零一二三四五六七八九十]";
    private static final String NOT_ASCII_DIGIT = "[\\p{Nd}&&[^0-9]]";

    private ForeignDates() {}

    static List<Recognizer> all() {
        return List.of(
                date(BEFORE + "(?:" + String.join("|", MONTH_AFTER_CUE) + ")" + AFTER, CI),
                // "sábado 27", "lundi 13", "panjshanbe 14-om", "Montag, den 3."; not "Montag 3 Uhr"
                date(
                        BEFORE + "(?:" + WEEKDAY + "),?[ \\t]+(?:el[ \\t]+|le[ \\t]+|den[ \\t]+|dia[ \\t]+)?" + DAY
                                + "(?:\\.|-?(?:om|º|ª|er|e)(?![\\p{L}]))?(?![\\p{N}])(?![ \\t]*(?:uhr|h|horas?|heures?"
                                + "|ore|:)(?![\\p{L}]))(?:[ \\t]+(?:de[ \\t]+)?(?:mars|" + IdentifierPatterns.MONTH
                                + ")(?![\\p{L}]))?",
                        CI,
                        // above "9 octobre" alone, which would leave the weekday
                        SCORE + 4),
                // 1983年11月9日, 十一月九日, 11月9号; 1983年11月
                date(
                        "(?:(?:\\d{2,4}|" + CJK_NUMBER + "{2,4})\\s*年\\s*)?(?:\\d{1,2}|" + CJK_NUMBER
                                + "{1,3})\\s*月\\s*" + "(?:\\d{1,2}|" + CJK_NUMBER + "{1,3})\\s*[日号號]",
                        0),
                date("(?<!\\d)\\d{4}\\s*年\\s*\\d{1,2}\\s*月", 0),
                // 1983년 11월 9일, 11월 9일
                date("(?:(?<!\\d)\\d{4}\\s*년\\s*)?(?<!\\d)\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일", 0),
                // ۱۳۶۸/۰۵/۱۲, ١٢/٠٣/١٩٥٠
                date(
                        "(?<!\\p{Nd})" + NOT_ASCII_DIGIT + "{1,4}[/.\\-]" + NOT_ASCII_DIGIT + "{1,2}[/.\\-]"
                                + NOT_ASCII_DIGIT + "{1,4}(?!\\p{Nd})",
                        0),
                // "1992 Mart 8", "2021 March 3": the year first
                date(
                        BEFORE + IdentifierPatterns.YEAR + "[ \\t]+" + IdentifierPatterns.MONTH + "[ \\t]+" + DAY
                                + "(?![\\p{N}])",
                        CI,
                        // above "Mart 8" alone, which would leave the year
                        SCORE + 4));
    }

    private static Recognizer date(String regex, int flags) {
        return date(regex, flags, SCORE);
    }

    private static Recognizer date(String regex, int flags, int score) {
        return new PatternRecognizer(EntityType.DATE, Pattern.compile(regex, flags), 0, score);
    }
}
