package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Phone and fax numbers, found by libphonenumber (US by default, any country with a leading +). Leniency
 * POSSIBLE rather than VALID: fictional exchanges such as 555 are still somebody's number in a message.
 */
final class PhoneRecognizer implements Recognizer {

    static final int PRIORITY = 50;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    PhoneRecognizer(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(text, defaultRegion, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String raw = match.rawString();
            long digits = raw.chars().filter(Character::isDigit).count();
            if (digits < 7) {
                continue;
            }
            int start = match.start();
            int end = match.end();
            EntityType type = isFax(text, start) ? EntityType.FAX : EntityType.PHONE;
            found.add(new Detection(type, start, end, PRIORITY));
        }
        return found;
    }

    /** "fax", "fax:", "fax number is" shortly before the number. */
    private static boolean isFax(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        return before.contains("fax");
    }
}
