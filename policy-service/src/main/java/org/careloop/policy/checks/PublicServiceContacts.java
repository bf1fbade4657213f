package org.careloop.policy.checks;

import java.util.Locale;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * What a careful reply may write out because it identifies a public service, not a patient: freephone and national
 * service numbers by their numbering plans (UK 0800/0808/03xx/116, Ireland 1800/1850, Australia 13/1300/1800, New
 * Zealand 0800/0508, North American toll-free 800–888) and helplines named as one word ("Drinkline", "Healthline").
 * A patient's own number is never in these ranges, so an allow-list of shapes is safe here.
 */
final class PublicServiceContacts {

    private static final Pattern SERVICE_NUMBER = Pattern.compile(
            // national digits after any country code: +44/0044, +353, +61, +64, +1
            "(?:44|353|61|64|1)?(?:0?800\\d{6,7}|0?808\\d{7}|0?3\\d{9}|116\\d{3}|0?1800\\d{6}|0?1850\\d{6}|13\\d{4}"
                    + "|1300\\d{6}|0?508\\d{6}|(?:800|888|877|866|855|844|833)\\d{7})");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+line");

    private PublicServiceContacts() {}

    static boolean isServiceNumber(String written) {
        String digits = written.replaceAll("\\D", "");
        return SERVICE_NUMBER.matcher(digits).matches();
    }

    /** "Drinkline", "Childline": a common word and "line"; "Caroline" is not one. */
    static boolean isHelplineName(String written) {
        String word = written.trim();
        if (!ONE_WORD.matcher(word).matches()) {
            return false;
        }
        String stem = word.substring(0, word.length() - "line".length()).toLowerCase(Locale.ROOT);
        return stem.length() >= 3 && EnglishVocabulary.shared().isCommonWord(stem);
    }
}
