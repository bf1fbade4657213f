package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address where the writer says one follows ("we live at", "my address is", "send it to", "a fall at home"),
 * read as far as it goes: house numbers, flat numbers, capitalised words, commas and the small words of street
 * names in other languages ("Flat 12, Rowan Court, Beech Road", "4521 rue Saint-Denis", "Rua das Flores 112",
 * "2250 Kingsway") up to the town, which the place recognizers take. It needs a number, a street word or a house word ("Rose Cottage") to count, so "we live at
 * Home Farm" counts and "I live at the moment with my son" does not.
 */
final class AddressAfterCueRecognizer implements Recognizer {

    static final int PRIORITY = 46;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:live[sd]?|living|staying|stays?|reside[sd]?|moved|deliver(?:ed)?|send(?:[ \\t]+(?:it|them))?"
                    + "|post(?:[ \\t]+(?:it|them))?|visit[ \\t]+(?:us|me|him|her)|come[ \\t]+to)[ \\t]+(?:now[ \\t]+)?"
                    + "(?:with[ \\t]+(?:me|us|him|her|them)[ \\t]+)?(?:at|to)?"
                    + "|address(?:[ \\t]+(?:is|was))?[ \\t]*:?|(?:at|from)[ \\t]+home"
                    // "at 7 Ashgrove": a house number and a capitalised name after "at", not a time or a date.
                    + "|at(?=[ \\t]+\\d{1,4}[A-Za-z]?[ \\t]+(?!(?i:[ap]\\.?m\\b|o'clock|"
                    + IdentifierPatterns.WEEKDAY + "|" + IdentifierPatterns.MONTH
                    + ")(?![\\p{L}]))(?-i:\\p{Lu})))[ \\t]*(?=\\S)",
            CI);
    /** A piece of an address: a number ("22b", "2/1", "12-14", "3º"), a capitalised word, or a street's small word. */
    private static final Pattern PIECE = Pattern.compile(
            "(?:\\d{1,6}[A-Za-z]?(?:[/-]\\d{1,6}[A-Za-z]?)?[º°ª]?|\\p{Lu}[\\p{L}'’-]*|#\\d+)(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}])(?iu:flat|unit|apt|apartment|suite|rue|rua|calle|via|avenida|de|du|des|la|le|del|da"
                    + "|das|do|dos|di|van|von|the|st|rd|y|yr)(?![\\p{L}])");

    private static final Pattern CAPITALISED_NEXT = Pattern.compile("[ \\t]+\\p{Lu}\\p{Ll}");
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*,?[ \\t]*");
    private static final Set<String> HOUSE_WORDS = Set.of(
            "cottage",
            "house",
            "court",
            "farm",
            "lodge",
            "manor",
            "hall",
            "mews",
            "villa",
            "flat",
            "unit",
            "apt",
            "apartment",
            "suite",
            "rue",
            "rua",
            "calle",
            "via",
            "avenida",
            "kingsway",
            "broadway",
            "parade");
    private static final Pattern STREET = Pattern.compile(IdentifierPatterns.STREET_SUFFIX + "\\.?", CI);
    private static final int MAX_PIECES = 10;

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            int start = cue.end();
            int end = start;
            int at = start;
            boolean addressLike = false;
            // Read comma-separated parts; a part after the first must itself look like part of an address, so the
            // town after the street ("2250 Kingsway, Vancouver") is left to the place recognizers.
            boolean partLike = false;
            int partEnd = start;
            int partStart = start;
            Matcher piece = PIECE.matcher(text);
            Matcher separator = SEPARATOR.matcher(text);
            for (int n = 0; n < MAX_PIECES && piece.region(at, text.length()).lookingAt(); n++) {
                String word = piece.group();
                // "staying at the moment" is no address; "staying at The Old Rectory, Church Lane" is.
                if (n == 0
                        && word.equalsIgnoreCase("the")
                        && !CAPITALISED_NEXT
                                .matcher(text)
                                .region(piece.end(), text.length())
                                .lookingAt()) {
                    break;
                }
                boolean firstOfPart = at == partStart;
                // A later part's number must open it ("12 Beech Road"): "Lismore NSW 2480" is a town and its code.
                boolean like = Character.isDigit(word.charAt(0)) && (firstOfPart || end == start)
                        || HOUSE_WORDS.contains(word.toLowerCase(Locale.ROOT))
                        || STREET.matcher(word).matches();
                partLike |= like;
                addressLike |= like;
                partEnd = piece.end();
                separator.region(partEnd, text.length()).lookingAt();
                at = separator.end();
                if (separator.group().contains(",")
                        || !piece.region(at, text.length()).lookingAt()) {
                    if (!partLike && end > start) {
                        break;
                    }
                    end = partEnd;
                    partLike = false;
                    partStart = at;
                }
            }
            if (addressLike && end > start) {
                found.add(new Detection(EntityType.ADDRESS, start, trimmed(text, start, end), PRIORITY));
            }
        }
        return found;
    }

    /** Small words at the end belong to what follows ("... Beech Road, the buzzer"). */
    private static int trimmed(String text, int start, int end) {
        String span = text.substring(start, end);
        Matcher last = Pattern.compile("[ \\t,]+(?:the|de|la|le|du|da|do|van|von)$", CI)
                .matcher(span);
        return last.find() ? start + last.start() : end;
    }
}
