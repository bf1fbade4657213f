package org.careloop.policy.deid;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone and fax numbers, found by libphonenumber. Leniency POSSIBLE rather than VALID: fictional exchanges such as
 * 555 are still somebody's number in a message.
 * <ul>
 * <li>the default region (US) finds national US numbers and every number in international form "+CC ...";</li>
 * <li>when the text holds a number starting with 0, a second pass reads it as a European number: "00CC ..." (the
 * international prefix) is always a phone; a national number ("07700 900123", "(020) 7946 0000", "030 901820")
 * counts when libphonenumber calls it valid for the region, or a phone word ("tel", "mobile", "call") stands
 * before it. The region is the one a country cue in the text names ("in the UK", "Berlin"), else GB.</li>
 * </ul>
 */
final class PhoneRecognizer implements Recognizer {

    static final int PRIORITY = 50;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern LEADING_ZERO = Pattern.compile("(?<![\\d.,:/])\\(?0[ -]?\\d");
    /**
     * Where patients of a clinic often come from: a national number starting with 0 that is valid in one of these
     * counts even without a country cue ("09201234567" in the Philippines, "0532 123 45 67" in Turkey).
     */
    private static final List<String> COMMON_REGIONS = List.of(
            "GB", "IE", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "TR", "PH", "IN", "PK", "NG", "GH", "KE", "ZA", "AU",
            "NZ", "MX", "BR", "AR", "CO", "VN", "TH", "ID", "MY", "JP", "KR", "CN", "EG", "MA");

    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?:tel|phone|mobile|mob|cell|call|ring|text|whatsapp|landline|number|no\\.|nr|fax|contact|reach|numéro|nummer|telefon|teléfono|móvil)"
                    + "[^\\n]{0,25}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> COUNTRY_CUES = Map.ofEntries(
            Map.entry(
                    "(?:\\buk\\b|england|britain|british|london|manchester|birmingham|scotland|wales|glasgow|leeds|liverpool)",
                    "GB"),
            Map.entry("(?:germany|deutschland|german|berlin|munich|münchen|hamburg|frankfurt)", "DE"),
            Map.entry("(?:france|french|paris|lyon|marseille)", "FR"),
            Map.entry("(?:spain|españa|spanish|madrid|barcelona)", "ES"),
            Map.entry("(?:italy|italia|rome|roma|milan)", "IT"),
            Map.entry("(?:netherlands|holland|dutch|amsterdam|rotterdam)", "NL"),
            Map.entry("(?:poland|polska|warsaw|warszawa|kraków|krakow)", "PL"),
            Map.entry("(?:ireland|irish|dublin)", "IE"),
            Map.entry("(?:australia|sydney|melbourne)", "AU"),
            Map.entry("(?:nigeria|lagos|abuja)", "NG"),
            Map.entry("(?:\\bindia\\b|mumbai|delhi|bangalore)", "IN"));
    private static final List<Map.Entry<Pattern, String>> CUES = COUNTRY_CUES.entrySet().stream()
            .map(e -> Map.entry(
                    Pattern.compile(e.getKey(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e.getValue()))
            .toList();

    /** How far a national number may reach from its leading 0: "(020) 7946 0000", "0049 30 901820" fit. */
    private static final int WINDOW = 26;

    private static final int MIN_NATIONAL_DIGITS = 9;

    private final String defaultRegion;

    PhoneRecognizer(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        for (PhoneNumberMatch match :
                PHONES.findNumbers(text, defaultRegion, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (digits(match.rawString()) >= 7 && standsAlone(text, match.start(), match.end())) {
                found.add(detection(text, match.start(), match.end()));
            }
        }
        // Only the stretches that start with 0 and no US number covers are read again, as European numbers.
        Matcher zero = LEADING_ZERO.matcher(text);
        Set<String> regions = null;
        while (zero.find()) {
            int at = zero.start();
            if (found.stream().anyMatch(d -> d.start() <= at && at < d.end())) {
                continue;
            }
            if (regions == null) {
                regions = otherRegions(text);
            }
            int end = Math.min(text.length(), at + WINDOW);
            String window = text.substring(at, end);
            if (leadingDigits(window) < MIN_NATIONAL_DIGITS) {
                continue;
            }
            for (String region : regions) {
                Detection hit = null;
                for (PhoneNumberMatch match :
                        PHONES.findNumbers(window, region, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
                    if (match.start() <= 1
                            && standsAlone(text, at + match.start(), at + match.end())
                            && plausibleNational(text, at + match.start(), match, region)) {
                        hit = detection(text, at + match.start(), at + match.end());
                    }
                    break;
                }
                if (hit != null) {
                    found.add(hit);
                    break;
                }
            }
        }
        return found;
    }

    /** The regions a country cue names, then GB (whose "00" prefix also reads every "00CC" number) and the common ones. */
    private static Set<String> otherRegions(String text) {
        Set<String> regions = new LinkedHashSet<>();
        for (Map.Entry<Pattern, String> cue : CUES) {
            if (cue.getKey().matcher(text).find()) {
                regions.add(cue.getValue());
            }
        }
        regions.addAll(COMMON_REGIONS);
        return regions;
    }

    private static boolean plausibleNational(String text, int start, PhoneNumberMatch match, String region) {
        String raw = match.rawString();
        long digits = digits(raw);
        if (digits < MIN_NATIONAL_DIGITS) {
            return false;
        }
        String stripped = raw.replaceAll("[^\\d+]", "");
        if (stripped.startsWith("00")) {
            return true;
        }
        if (!stripped.startsWith("0")) {
            return false;
        }
        if (PHONES.isValidNumberForRegion(match.number(), region)) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 40), start);
        Matcher word = PHONE_WORD.matcher(before);
        return word.find();
    }

    /** "GL0285191", "4532-281-736-AB": digits inside a longer code are that code, not a phone number. */
    private static boolean standsAlone(String text, int start, int end) {
        boolean letterBefore = start > 0 && Character.isLetter(text.charAt(start - 1));
        boolean letterAfter = end < text.length()
                && (Character.isLetter(text.charAt(end))
                        || (end + 1 < text.length()
                                && text.charAt(end) == '-'
                                && Character.isLetterOrDigit(text.charAt(end + 1))));
        return !letterBefore && !letterAfter;
    }

    /** The digits before the first letter: "0182 and" has four, too few to be a national number. */
    private static int leadingDigits(String window) {
        int digits = 0;
        for (int i = 0; i < window.length() && !Character.isLetter(window.charAt(i)); i++) {
            digits += Character.isDigit(window.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    private static long digits(String raw) {
        return raw.chars().filter(Character::isDigit).count();
    }

    private static Detection detection(String text, int start, int end) {
        EntityType type = isFax(text, start) ? EntityType.FAX : EntityType.PHONE;
        return new Detection(type, start, end, PRIORITY);
    }

    /** "fax", "fax:", "fax number is" shortly before the number. */
    private static boolean isFax(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        return before.contains("fax");
    }
}
