package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal codes of several countries, by shape where the shape is distinctive (UK postcodes, Canadian postal codes)
 * and by shape plus context where it is not: US ZIP and Australian codes after a state, a 4- or 5-digit or Dutch
 * code before a known place ("28013 Madrid", "1010 Wien"), any code after "postcode", "zip", "PLZ" or a known place.
 */
final class PostalCodeRecognizer implements Recognizer {

    static final int PRIORITY = 43;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** SW1A 1AA, M14 5RT, CR0 2QT, LS6 2AB (upper case: "by 5pm" and such never look like this). */
    static final String UK = "(?:[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[ABD-HJLNP-UW-Z]{2})";
    /** H2X 1Y4, M5V 2T6 (no D F I O Q U; no W or Z first). */
    static final String CANADA = "(?:[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ \\t-]?\\d[ABCEGHJ-NPRSTV-Z]\\d)";

    static final String US_ZIP = "(?:\\d{5}(?:-\\d{4})?)";
    /** Australian states and territories, and Canadian provinces, as written before a postal code. */
    static final String AU_CA_REGIONS =
            "(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT|Vic|Qld|Tas|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|PEI|Ont|Que)";

    private static final String CODE_WORD =
            "(?:post[ \\t]?code|postal[ \\t]+code|zip(?:[ \\t]*code)?|plz|code[ \\t]+postal|c\\.?p\\.?|eircode|pin[ \\t]?code)";

    private static final Pattern UK_CODE = Pattern.compile("(?<![A-Za-z0-9])" + UK + "(?![A-Za-z0-9])");
    private static final Pattern CANADIAN_CODE = Pattern.compile("(?<![A-Za-z0-9])" + CANADA + "(?![A-Za-z0-9])", CI);
    private static final Pattern AFTER_REGION =
            Pattern.compile("(?<![A-Za-z])" + AU_CA_REGIONS + ",?[ \\t]+(\\d{4})(?![\\d-])");
    private static final Pattern AFTER_CODE_WORD = Pattern.compile(
            "(?<![\\p{L}])" + CODE_WORD + "[ \\t]*(?:is|was|:|#|-)?[ \\t]*:?[ \\t]*"
                    + "((?=[A-Za-z0-9 -]{0,9}\\d)[A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?)(?![A-Za-z0-9])",
            CI);
    /** "In 2019 London..." is a year, not a code. */
    private static final String NOT_A_YEAR = "(?!(?:19|20)\\d\\d(?!\\d))";

    private static final Pattern NUMBER_THEN_WORD = Pattern.compile(
            "(?<![\\d.,/:-])" + NOT_A_YEAR + "(\\d{4,5}|\\d{4}[ \\t]?[A-Z]{2}|\\d{2}-\\d{3})[ \\t]+(?=\\p{Lu})");
    private static final Pattern WORD_THEN_NUMBER =
            Pattern.compile("(?<![\\d.,/:-])" + NOT_A_YEAR + "(\\d{4,5}(?:-\\d{4})?)(?![\\d-])");
    private static final Pattern BEFORE_NUMBER = Pattern.compile(",?[ \\t]+$");

    private final PlaceGazetteer places;

    PostalCodeRecognizer(PlaceGazetteer places) {
        this.places = places;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        add(found, UK_CODE.matcher(text), 0);
        add(found, CANADIAN_CODE.matcher(text), 0);
        add(found, AFTER_REGION.matcher(text), 1);
        add(found, AFTER_CODE_WORD.matcher(text), 1);
        Matcher m = NUMBER_THEN_WORD.matcher(text);
        while (m.find()) {
            if (places.placeAt(text, m.end()) != null) {
                found.add(new Detection(EntityType.ZIP, m.start(1), m.end(1), PRIORITY));
            }
        }
        // "Boston 02115", "Sarasota, 34231": a code right after a known place.
        Matcher n = WORD_THEN_NUMBER.matcher(text);
        while (n.find()) {
            if (afterPlace(text, n.start(1))) {
                found.add(new Detection(EntityType.ZIP, n.start(1), n.end(1), PRIORITY));
            }
        }
        return found;
    }

    private boolean afterPlace(String text, int at) {
        Matcher gap = BEFORE_NUMBER.matcher(text.substring(Math.max(0, at - 3), at));
        if (!gap.find()) {
            return false;
        }
        int end = Math.max(0, at - 3) + gap.start();
        int from = Math.max(0, end - 40);
        for (int start = end - 1; start >= from; start--) {
            if (start == 0 || !Character.isLetter(text.charAt(start - 1))) {
                PlaceGazetteer.Place place = places.placeAt(text, start);
                if (place != null && place.end() == end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(List<Detection> found, Matcher m, int group) {
        while (m.find()) {
            found.add(new Detection(EntityType.ZIP, m.start(group), m.end(group), PRIORITY));
        }
    }
}
