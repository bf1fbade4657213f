package org.careloop.policy.deid;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careloop.policy.common.EnglishVocabulary;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;

/**
 * Finds the identifiers in a text and replaces each with a typed, numbered placeholder that is stable within
 * the text ({@code [NAME_1]} each time the same person appears). Offsets refer to the original text; values
 * never leave this class except as placeholders.
 */
@Singleton
public class Deidentifier {

    private static final Comparator<Detection> BEST_FIRST = Comparator.comparingInt(Detection::priority)
            .reversed()
            .thenComparing(Comparator.comparingInt(Detection::length).reversed())
            .thenComparingInt(Detection::start);

    private final List<Recognizer> recognizers;
    private final NameRepeats repeats;
    private final NameNeighbours neighbours;
    private final String version;
    private final DeidLexicon lexicon;

    @Inject
    public Deidentifier(CurrentPolicy policy) {
        this(DeidLexicon.load(policy.catalogue(PolicyManifest.DEIDENTIFICATION)));
    }

    public Deidentifier(DeidLexicon lexicon) {
        List<Recognizer> all = new ArrayList<>(IdentifierPatterns.all(lexicon));
        all.add(new PhoneRecognizer("US"));
        all.add(new PlaceRecognizer(lexicon));
        all.add(new PostalCodeRecognizer(lexicon.places()));
        all.add(new NameRecognizer(lexicon));
        all.add(new KnownNameRecognizer(lexicon));
        all.add(new RegisterNameRecognizer(lexicon));
        all.add(new CasualNameRecognizer(lexicon));
        EnglishVocabulary vocabulary = EnglishVocabulary.shared();
        all.add(new UnknownWordNameRecognizer(lexicon, vocabulary));
        all.add(new InitialledNameRecognizer(lexicon, vocabulary));
        all.add(new LowerCaseSignatureRecognizer(lexicon, vocabulary));
        all.add(new AffiliatedNameRecognizer(lexicon, vocabulary));
        this.recognizers = List.copyOf(all);
        this.repeats = new NameRepeats(lexicon);
        this.neighbours = new NameNeighbours(lexicon, vocabulary);
        this.version = lexicon.version();
        this.lexicon = lexicon;
    }

    /** The lexicon this was built from, for the draft checks' names: read once (tens of thousands of names). */
    public DeidLexicon lexicon() {
        return lexicon;
    }

    public static Deidentifier fromClasspath() {
        return new Deidentifier(CurrentPolicy.fromClasspath());
    }

    public String lexiconVersion() {
        return version;
    }

    /** The identifiers in {@code text}, without overlaps, in text order. */
    public List<Detection> detect(String text) {
        List<Detection> candidates = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            candidates.addAll(recognizer.find(text));
        }
        List<int[]> greetings = lexicon.setPhraseSpans(text);
        candidates.removeIf(d -> inGreeting(greetings, d));
        List<Detection> chosen = chosen(candidates);
        // A name found once, by any recognizer, is a name wherever else it stands ("my daughter Mabel" ... "Mabel
        // brought them home"); only names that won their place count, so a word inside an address does not spread.
        List<Detection> repeated = repeats.of(text, chosen);
        repeated.removeIf(d -> inGreeting(greetings, d));
        if (!repeated.isEmpty()) {
            candidates.addAll(repeated);
            chosen = chosen(candidates);
        }
        List<Detection> codes = CodeAfterPlace.of(text, chosen);
        if (!codes.isEmpty()) {
            candidates.addAll(codes);
            chosen = chosen(candidates);
        }
        return neighbours.widened(text, DateExtent.widened(text, chosen));
    }

    /** A name inside a greeting that names no one ("Eid Mubarak"), even where the same word names someone else. */
    private static boolean inGreeting(List<int[]> greetings, Detection d) {
        return d.type() == EntityType.NAME && greetings.stream().anyMatch(g -> g[0] <= d.start() && d.end() <= g[1]);
    }

    private static List<Detection> chosen(List<Detection> candidates) {
        candidates.sort(BEST_FIRST);
        List<Detection> chosen = new ArrayList<>();
        for (Detection candidate : candidates) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Detection::start));
        return chosen;
    }

    public DeidResult deidentify(String text) {
        List<Detection> detections = detect(text);
        Placeholders placeholders = new Placeholders();
        List<DeidEntity> entities = new ArrayList<>(detections.size());
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Detection d : detections) {
            String placeholder = placeholders.of(d.type(), d.valueIn(text));
            out.append(text, at, d.start()).append(placeholder);
            at = d.end();
            entities.add(new DeidEntity(d.type(), placeholder, d.start(), d.end()));
        }
        out.append(text, at, text.length());
        return new DeidResult(out.toString(), List.copyOf(entities));
    }

    /** Numbers placeholders per type; the same value (the same person, for names) keeps its number. */
    private static final class Placeholders {

        private final Map<EntityType, Map<String, Integer>> byValue = new EnumMap<>(EntityType.class);
        private final List<Set<String>> people = new ArrayList<>();
        private final List<Integer> peopleNumbers = new ArrayList<>();

        String of(EntityType type, String value) {
            if (type == EntityType.NAME) {
                return type.placeholder(person(value));
            }
            Map<String, Integer> numbers = byValue.computeIfAbsent(type, t -> new HashMap<>());
            int number = numbers.computeIfAbsent(normalise(type, value), v -> numbers.size() + 1);
            return type.placeholder(number);
        }

        /** "John" after "John Smith" is the same person; "Mary Smith" is not. */
        private int person(String value) {
            Set<String> words = new LinkedHashSet<>();
            for (String word : value.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
                if (word.length() > 1) {
                    words.add(word);
                }
            }
            for (int i = 0; i < people.size(); i++) {
                Set<String> known = people.get(i);
                if (known.containsAll(words) || words.containsAll(known)) {
                    known.addAll(words);
                    return peopleNumbers.get(i);
                }
            }
            people.add(words);
            peopleNumbers.add(people.size());
            return people.size();
        }

        private static String normalise(EntityType type, String value) {
            return switch (type) {
                case PHONE, FAX, SSN -> value.replaceAll("\\D", "");
                case MRN, HEALTH_PLAN, ACCOUNT, LICENSE, DEVICE, VEHICLE, ZIP ->
                    value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
                default -> value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            };
        }
    }
}
