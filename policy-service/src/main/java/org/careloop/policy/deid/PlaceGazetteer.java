package org.careloop.policy.deid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cities, towns and districts, looked up by their words rather than by one huge regular expression: at each
 * capitalised word the longest run of up to {@link #MAX_WORDS} words that names a place wins ("Newcastle upon
 * Tyne", "Rio de Janeiro"). Keys are lower case without diacritics, so "Montreal" finds "Montréal".
 */
final class PlaceGazetteer {

    /** One place found in a text; {@code needsContext} for places that are also English words or very short. */
    record Place(int start, int end, boolean needsContext) {}

    private static final int MAX_WORDS = 5;
    private static final int SHORT = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.]*(?:-[\\p{L}][\\p{L}'’]*)*");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t]+");

    private final Set<String> places;
    private final Set<String> needContext;

    PlaceGazetteer(List<String> places, List<String> needContext) {
        this.places = keys(places);
        this.needContext = keys(needContext);
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>(names.size() * 2);
        names.forEach(name -> keys.add(key(name)));
        return Set.copyOf(keys);
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c == '’' ? '\'' : c);
            }
        }
        return DeidLexicon.fold(key.toString());
    }

    boolean isPlace(String name) {
        return places.contains(key(name));
    }

    /** The longest place starting at {@code at} with a capital letter, or null. */
    Place placeAt(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return null;
        }
        Matcher word = WORD.matcher(text);
        Matcher gap = BETWEEN_WORDS.matcher(text);
        int pos = at;
        int bestEnd = -1;
        for (int i = 0; i < MAX_WORDS; i++) {
            if (!word.region(pos, text.length()).lookingAt()) {
                break;
            }
            int end = word.end();
            // "St. Louis" keeps its dot; a sentence's full stop does not belong to the place.
            String candidate = text.substring(at, end);
            if (places.contains(key(candidate))) {
                bestEnd = end;
            } else if (candidate.endsWith(".")
                    && places.contains(key(candidate.substring(0, candidate.length() - 1)))) {
                bestEnd = end - 1;
            }
            if (!gap.region(end, text.length()).lookingAt()) {
                break;
            }
            pos = gap.end();
        }
        if (bestEnd < 0) {
            return null;
        }
        String name = text.substring(at, bestEnd);
        boolean ambiguous = needContext.contains(key(name)) || name.length() <= SHORT;
        return new Place(at, bestEnd, ambiguous);
    }
}
