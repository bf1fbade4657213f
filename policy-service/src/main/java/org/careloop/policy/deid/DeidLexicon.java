package org.careloop.policy.deid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careloop.policy.policy.PolicyDocuments;

/**
 * The words that give a capitalised word away as a name (greetings, introductions, titles, relations, sign-offs)
 * and the word lists (first names; capitalised words that are never names), kept as data.
 */
public final class DeidLexicon {

    private final String version;
    private final Set<String> firstNames;
    private final Set<String> notNames;
    private final Set<String> givenNames;
    private final Set<String> surnames;
    private final Set<String> ambiguousNames;
    private final List<String> fieldLabels;
    private final List<String> nameParticles;
    private final Set<String> eponyms;
    private final List<String> diseaseWords;
    private final List<String> nameAfterCues;
    private final List<String> greetings;
    private final List<String> strongIntroductions;
    private final List<String> weakIntroductions;
    private final List<String> titles;
    private final List<String> relations;
    private final List<String> signOffs;
    /** The same lists as whole words in lower case, for the recognizers asking whether a word is one. */
    private final Set<String> closingWords;

    private final Set<String> titleWords;
    private final Set<String> relationWords;
    private final List<String> placeIntroductions;
    private final PlaceGazetteer places;
    private final Set<String> regions;
    private final Set<String> nameStopWords;
    /** Greetings made of words that look like names ("Eid Mubarak", "Selamat Hari Raya"); null: none. */
    private final Pattern setPhrases;

    @JsonCreator
    DeidLexicon(
            @JsonProperty("version") String version,
            @JsonProperty("firstNames") String firstNamesFile,
            @JsonProperty("notNames") String notNamesFile,
            @JsonProperty("greetings") List<String> greetings,
            @JsonProperty("strongIntroductions") List<String> strongIntroductions,
            @JsonProperty("weakIntroductions") List<String> weakIntroductions,
            @JsonProperty("titles") List<String> titles,
            @JsonProperty("relations") List<String> relations,
            @JsonProperty("signOffs") List<String> signOffs,
            @JsonProperty("placeIntroductions") List<String> placeIntroductions,
            @JsonProperty("givenNames") String givenNamesFile,
            @JsonProperty("surnames") String surnamesFile,
            @JsonProperty("ambiguousNames") String ambiguousNamesFile,
            @JsonProperty("drugBrands") String drugBrandsFile,
            @JsonProperty("fieldLabels") List<String> fieldLabels,
            @JsonProperty("nameParticles") List<String> nameParticles,
            @JsonProperty("eponyms") List<String> eponyms,
            @JsonProperty("diseaseWords") List<String> diseaseWords,
            @JsonProperty("nameAfterCues") List<String> nameAfterCues,
            @JsonProperty("places") String placesFile,
            @JsonProperty("placesNeedingContext") String placesNeedingContextFile,
            @JsonProperty("regions") String regionsFile,
            @JsonProperty("nameStopWords") List<String> nameStopWords,
            @JsonProperty("setPhrases") List<String> setPhrases) {
        this.version = version;
        Set<String> curated = lower(PolicyDocuments.readLines(firstNamesFile));
        this.firstNames = curated;
        Set<String> never = new HashSet<>(lower(PolicyDocuments.readLines(notNamesFile)));
        never.addAll(lower(PolicyDocuments.readLines(drugBrandsFile)));
        this.notNames = Set.copyOf(never);
        Set<String> given = new HashSet<>(lower(PolicyDocuments.readLines(givenNamesFile)));
        given.addAll(curated);
        this.givenNames = withFolded(given);
        this.surnames = withFolded(lower(PolicyDocuments.readLines(surnamesFile)));
        this.ambiguousNames = lower(PolicyDocuments.readLines(ambiguousNamesFile));
        this.fieldLabels = List.copyOf(fieldLabels);
        this.nameParticles = List.copyOf(nameParticles);
        this.eponyms = lower(eponyms);
        this.diseaseWords = List.copyOf(diseaseWords);
        this.nameAfterCues = List.copyOf(nameAfterCues);
        this.greetings = List.copyOf(greetings);
        this.strongIntroductions = List.copyOf(strongIntroductions);
        this.weakIntroductions = List.copyOf(weakIntroductions);
        this.titles = List.copyOf(titles);
        this.relations = List.copyOf(relations);
        this.signOffs = List.copyOf(signOffs);
        this.closingWords = lowerCase(signOffs, greetings);
        this.titleWords = lowerCase(titles);
        this.relationWords = lowerCase(relations);
        this.placeIntroductions = List.copyOf(placeIntroductions);
        this.regions = lower(PolicyDocuments.readLines(regionsFile));
        this.nameStopWords = lower(nameStopWords == null ? List.of() : nameStopWords);
        this.setPhrases = setPhrases == null || setPhrases.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<!\\p{L})(?:"
                                + setPhrases.stream()
                                        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                                        .collect(Collectors.joining("|"))
                                + ")(?!\\p{L})",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.places = new PlaceGazetteer(
                PolicyDocuments.readLines(placesFile), PolicyDocuments.readLines(placesNeedingContextFile));
    }

    /**
     * Words that end a lower-case name written after a strong cue ("my name is oksana petrenko and i ...",
     * "its kayode adeyemi here"): pronouns, auxiliaries, prepositions, greetings and the commonest message words.
     */
    public boolean endsLowerCaseName(String word) {
        return nameStopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Where the text has a greeting that names no one ("Eid Mubarak to you all"), as [start, end) pairs. */
    List<int[]> setPhraseSpans(String text) {
        if (setPhrases == null) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = setPhrases.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    public static DeidLexicon load(String resource) {
        return PolicyDocuments.readJson(resource, DeidLexicon.class);
    }

    private static Set<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The set plus each word without diacritics, so "nguyen" is known when the list has "nguyễn". */
    private static Set<String> withFolded(Set<String> words) {
        Set<String> all = new HashSet<>(words.size() * 2);
        for (String w : words) {
            all.add(w);
            all.add(fold(w));
        }
        return Set.copyOf(all);
    }

    /** Lower case without diacritics: "Nguyễn" → "nguyen", "Łukasz" → "lukasz", "Yılmaz" → "yilmaz". */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String stripped = DIACRITICS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        return stripped.replace('ł', 'l')
                .replace('đ', 'd')
                .replace('ı', 'i')
                .replace('ø', 'o')
                .replace('ß', 's');
    }

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.replace('’', '\'');
    }

    /** A given name in any of the lexicon's languages (curated list plus the generated one). */
    public boolean isGivenName(String word) {
        String k = key(word);
        return givenNames.contains(k) || givenNames.contains(fold(k));
    }

    /** A given name or a family name. */
    public boolean isKnownName(String word) {
        String k = key(word);
        return isGivenName(k) || surnames.contains(k) || surnames.contains(fold(k));
    }

    /** A name word that is also an ordinary English word ("Will", "Hope", "Grace"): a name only with strong context. */
    public boolean isAmbiguous(String word) {
        return ambiguousNames.contains(key(word)) || firstNamesAlsoWords(key(word));
    }

    private static boolean firstNamesAlsoWords(String lower) {
        return switch (lower) {
            case "april",
                    "june",
                    "august",
                    "may",
                    "summer",
                    "autumn",
                    "dawn",
                    "sunny",
                    "sky",
                    "river",
                    "storm",
                    "hunter",
                    "destiny",
                    "harmony",
                    "patience",
                    "precious",
                    "blessing",
                    "gift",
                    "christian",
                    "lady",
                    "king",
                    "prince",
                    "major",
                    "sunday",
                    "monday",
                    "friday",
                    "justice",
                    "honor",
                    "honour",
                    "trust",
                    "unity",
                    "liberty" -> true;
            default -> false;
        };
    }

    /**
     * A given name of the curated list that is not one of the everyday words people also use as names ("john" and
     * "maria" in lower case are names after a cue; "will", "hope", "mark" are not).
     */
    public boolean isCommonGivenName(String word) {
        String k = key(word);
        return firstNames.contains(k) && !firstNamesAlsoWords(k) && !EVERYDAY_WORDS.contains(k);
    }

    private static final Set<String> EVERYDAY_WORDS = Set.of(
            "will", "hope", "grace", "mark", "bill", "may", "april", "rose", "faith", "joy", "chase", "art", "pat",
            "jack", "frank", "sue", "rob", "don", "ray", "gene", "drew", "max", "lily", "iris", "ivy", "olive", "ruby",
            "amber", "jade", "pearl", "holly", "heather", "daisy", "violet", "rusty", "sandy", "penny", "buck", "cliff",
            "dean", "earl", "glen", "grant", "guy", "lance", "miles", "norm", "page", "reed", "rich", "wade", "bob",
            "sonny", "angel", "carol", "mercy", "sunny", "sky", "dawn", "summer", "june", "august", "kay", "said");

    /** An eponym whose possessive names a disease ("Bell's palsy", "Crohn's"). */
    public boolean isEponym(String word) {
        return eponyms.contains(key(word));
    }

    public List<String> fieldLabels() {
        return fieldLabels;
    }

    public List<String> nameParticles() {
        return nameParticles;
    }

    /**
     * A name particle and what joins it to the name after it: spaces, or a hyphen before a capital ("van der Berg",
     * "al-Harthy", "el-Sayed").
     */
    String particleBeforeName() {
        return nameParticles.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"))
                + "(?:[ \\t]+|-(?=\\p{Lu}))";
    }

    public List<String> diseaseWords() {
        return diseaseWords;
    }

    public List<String> nameAfterCues() {
        return nameAfterCues;
    }

    public String version() {
        return version;
    }

    /** A given name (kept for callers of the first policy version). */
    public boolean isFirstName(String word) {
        return isGivenName(word);
    }

    public boolean isNotName(String word) {
        return notNames.contains(key(word));
    }

    public List<String> greetings() {
        return greetings;
    }

    public List<String> strongIntroductions() {
        return strongIntroductions;
    }

    public List<String> weakIntroductions() {
        return weakIntroductions;
    }

    public List<String> titles() {
        return titles;
    }

    public List<String> relations() {
        return relations;
    }

    public List<String> signOffs() {
        return signOffs;
    }

    /** A greeting or a sign-off as a whole ("Thanks", "Love", "Hi"), in any case. */
    boolean isGreetingOrSignOff(String word) {
        return closingWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A title as a whole ("Dr", "Nurse"), in any case. */
    boolean isTitle(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A relation as a whole ("wife", "son"), in any case. */
    boolean isRelation(String word) {
        return relationWords.contains(word.toLowerCase(Locale.ROOT));
    }

    @SafeVarargs
    private static Set<String> lowerCase(List<String>... lists) {
        Set<String> words = new HashSet<>();
        for (List<String> list : lists) {
            list.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(words);
    }

    /** Not a drug brand or other non-name, an eponym, a place or a region: a word that can only be a name here. */
    boolean namesNothingElse(String word) {
        return !isNotName(word) && !isEponym(word) && !places.isPlace(word) && !isRegion(word);
    }

    /** A word that may stand for a name without a cue: {@link #namesNothingElse}, and not also an English word. */
    boolean isPlainName(String word) {
        return !isAmbiguous(word) && namesNothingElse(word);
    }

    /** A country, state or province, or its people ("Florida", "France", "Irish"): kept, and not a name by itself. */
    boolean isRegion(String word) {
        return regions.contains(key(word));
    }

    /** A given name of the curated list, as written (no folding): "Zainab", "Tomasz", "Greg". */
    boolean isCuratedGivenName(String word) {
        return firstNames.contains(key(word));
    }

    /** A given name of the generated lists as written, without folding diacritics away ("esta" is not "Está"). */
    boolean isGivenNameAsWritten(String word) {
        return givenNames.contains(key(word));
    }

    PlaceGazetteer places() {
        return places;
    }

    public List<String> placeIntroductions() {
        return placeIntroductions;
    }
}
