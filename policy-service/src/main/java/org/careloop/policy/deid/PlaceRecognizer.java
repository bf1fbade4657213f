package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * Cities, towns and districts (Safe Harbor's geographic subdivisions smaller than a state).
 * <ul>
 * <li>a place of the gazetteer, anywhere; one that is also an English word ("Reading", "Bath") only after a place
 * cue ("in", "from", "near"), after a street line, or before a state, province or postal code;</li>
 * <li>an unknown town by its context alone: before a state and ZIP or a postal code ("Edison NJ", "Bondi NSW
 * 2026", "Croydon CR0 2QT") or after a street line ("14 Harewood Avenue, Croydon").</li>
 * </ul>
 * A known place with context outranks a name found by context; without context it yields to it ("Dr. Lincoln").
 */
final class PlaceRecognizer implements Recognizer {

    static final int PRIORITY = 42;
    static final int PRIORITY_WITHOUT_CONTEXT = 29;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:in|from|to|near|at|around|outside(?:[ \\t]+of)?|visiting|visit|towards|via|of|between|and|nr\\.?|lives?|living|based|moved|back[ \\t]+(?:in|to)|trip[ \\t]+to)"
                    + "[ \\t]+(?:the[ \\t]+)?$",
            CI);
    private static final String STATE_OR_REGION =
            "(?:" + IdentifierPatterns.STATES + "|" + PostalCodeRecognizer.AU_CA_REGIONS
                    + "|England|Scotland|Wales|Ireland|Northern Ireland|UK|U\\.K\\.|USA|US|Canada|Australia|New Zealand|Ontario|Quebec|British Columbia|Alberta"
                    + "|Manitoba|Saskatchewan|Nova Scotia|New South Wales|Queensland|Victoria|Tasmania|Co\\.[ \\t]+\\p{Lu}\\p{Ll}+)(?![\\p{L}])";
    private static final Pattern CONTEXT_AFTER = Pattern.compile(",?[ \\t]*(?:" + STATE_OR_REGION + "|"
            + PostalCodeRecognizer.UK + "|" + PostalCodeRecognizer.CANADA + "|" + PostalCodeRecognizer.US_ZIP + ")");
    private static final String TOWN = "\\p{Lu}\\p{Ll}+(?:[ \\t-]\\p{Lu}\\p{Ll}+){0,2}";
    /** An unknown town before a state and its code, or before a postal code: "Edison NJ", "Bondi NSW 2026". */
    private static final Pattern BEFORE_CODE = Pattern.compile(
            "(?<![\\p{L}])(" + TOWN + "),?[ \\t]+(?=(?:"
                    + "(?:" + IdentifierPatterns.STATE_CODES + "|" + PostalCodeRecognizer.AU_CA_REGIONS
                    + ")(?:[ \\t]+\\d{4,5}(?:-\\d{4})?|[ \\t]*(?:[.,;!?)]|$))"
                    + "|" + PostalCodeRecognizer.UK + "(?![A-Za-z0-9])|" + PostalCodeRecognizer.CANADA
                    + "(?![A-Za-z0-9])))",
            Pattern.MULTILINE);
    /** The town of a street line: "14 Harewood Avenue, Croydon", "Flat 3, 41 Church Lane, Peckham, London". */
    private static final Pattern AFTER_STREET =
            Pattern.compile(IdentifierPatterns.STREET_LINE + ",[ \\t]*(" + TOWN + ")(?:,[ \\t]*(" + TOWN + "))?");

    /**
     * A town no list knows, after a word that places someone there ("from Nablus", "near Wanaka", "en Queenstown"):
     * taken only when English's dictionary knows none of its words and none is a given name, a drug or a region.
     */
    private static final Pattern UNKNOWN_AFTER_CUE = Pattern.compile(
            "(?<![\\p{L}])(?:in|from|near|outside|visiting|en|em|à)[ \\t]+(" + TOWN + ")(?![\\p{L}\\p{N}'’-])");

    static final int PRIORITY_UNKNOWN_TOWN = 28;

    /** Proper nouns after "in" that are no town: months, days, festivals, languages, shops. */
    private static final Pattern NOT_A_TOWN = Pattern.compile(
            "(?i:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday"
                    + "|wednesday|thursday|friday|saturday|sunday|christmas|easter|ramadan|eid|diwali|lent|advent|passover"
                    + "|hanukkah|urdu|hindi|punjabi|bengali|arabic|farsi|polish|romanian|tagalog|somali|swahili|english"
                    + "|spanish|french|german|italian|portuguese|russian|chinese|mandarin|cantonese|welsh|gaelic|tesco|asda"
                    + "|sainsbury'?s|lidl|aldi|boots|superdrug|walmart|walgreens|cvs|costco|amazon|google|facebook|whatsapp"
                    + "|instagram|youtube|tiktok|nhs|christ|god|jesus|allah)");

    private static final Pattern STREET_WORD_AFTER =
            Pattern.compile("[ \\t]+" + IdentifierPatterns.STREET_SUFFIX + "(?![\\p{L}])");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])\\p{Lu}");

    private final PlaceGazetteer places;
    private final DeidLexicon lexicon;

    PlaceRecognizer(DeidLexicon lexicon) {
        this.places = lexicon.places();
        this.lexicon = lexicon;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher cap = CAPITALISED.matcher(text);
        int from = 0;
        while (from < text.length() && cap.find(from)) {
            PlaceGazetteer.Place place = places.placeAt(text, cap.start());
            if (place == null
                    || STREET_WORD_AFTER
                            .matcher(text)
                            .region(place.end(), text.length())
                            .lookingAt()) {
                from = cap.end();
                continue;
            }
            boolean context = cueBefore(text, place.start())
                    || CONTEXT_AFTER
                            .matcher(text)
                            .region(place.end(), text.length())
                            .lookingAt();
            if (context || !place.needsContext()) {
                found.add(new Detection(
                        EntityType.CITY, place.start(), place.end(), context ? PRIORITY : PRIORITY_WITHOUT_CONTEXT));
            }
            from = place.end();
        }
        addTowns(text, BEFORE_CODE.matcher(text), found);
        addTowns(text, AFTER_STREET.matcher(text), found);
        Matcher unknown = UNKNOWN_AFTER_CUE.matcher(text);
        while (unknown.find()) {
            if (isUnknownTown(unknown.group(1))) {
                found.add(new Detection(EntityType.CITY, unknown.start(1), unknown.end(1), PRIORITY_UNKNOWN_TOWN));
            }
        }
        return found;
    }

    private void addTowns(String text, Matcher m, List<Detection> found) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0 && isTown(m.group(g))) {
                    found.add(new Detection(EntityType.CITY, m.start(g), m.end(g), PRIORITY));
                }
            }
        }
    }

    private boolean isUnknownTown(String value) {
        EnglishVocabulary english = EnglishVocabulary.shared();
        for (String word : value.split("[ \\t-]")) {
            if (english.isCommonWord(word)
                    || NOT_A_TOWN.matcher(word).matches()
                    || lexicon.isGivenName(word)
                    || !lexicon.namesNothingElse(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean isTown(String value) {
        return !value.matches(STATE_OR_REGION) && !lexicon.isNotName(value.split("[ \\t-]")[0]);
    }

    private static boolean cueBefore(String text, int at) {
        return CUE_BEFORE.matcher(text).region(Math.max(0, at - 20), at).find();
    }
}
