package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of people, found only where the context says a name follows: a greeting ("Hi Sarah"), an introduction
 * ("my name is", "this is" + a known first name), a title ("Dr. Patel"), a relation ("my daughter Emma") or a
 * signature ("Thanks, John" at the end). A capitalised word alone is never a name, so "Tylenol" and "Monday"
 * stay. Once found, the same name is replaced wherever else it occurs in the message.
 */
final class NameRecognizer implements Recognizer {

    static final int PRIORITY = 30;
    static final int PRIORITY_REPEATED = 25;

    /** A capitalised name word: Emma, O'Brien, McDonald, Mary-Jane (but "Sarah's" stops at Sarah). */
    private static final String WORD = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Lu}\\p{Ll}+|-\\p{Lu}?\\p{Ll}+){0,3}";
    private static final Pattern WORD_PATTERN = Pattern.compile(WORD);
    /** Up to three name words on one line, an initial allowed between them ("John F. Smith"). */
    private static final Pattern FULL_NAME = Pattern.compile(
            WORD + "(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?" + WORD + "){0,2}");
    /** "its mark" mid-message is not a name; "hi its john" opening a message is. */
    private static final int WEAK_INTRODUCTION_LOWER_CASE_WITHIN = 40;
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}(?![\\p{L}\\d])");
    private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Punct}\\p{So}]*");

    private final DeidLexicon lexicon;
    private final Pattern greeting;
    private final Pattern strongIntroduction;
    private final Pattern weakIntroduction;
    private final Pattern title;
    private final Pattern relation;
    private final Pattern signOff;
    private final Pattern dashSignature;
    private final Pattern lastLine;
    private final Pattern appositive;
    private final Pattern nameHere;

    NameRecognizer(DeidLexicon lexicon) {
        this.lexicon = lexicon;
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.greeting = Pattern.compile("(?:^|(?<=[.!?\\n]))[ \\t]*" + anyOf(lexicon.greetings()) + "[ \\t]*,?[ \\t]*",
                ci | Pattern.MULTILINE);
        this.strongIntroduction = Pattern.compile(anyOf(lexicon.strongIntroductions()) + "[ \\t]*:?[ \\t]*", ci);
        this.weakIntroduction = Pattern.compile(anyOf(lexicon.weakIntroductions()) + "[ \\t]+", ci);
        // "dr smith" in lower case happens; the name after the title must still be capitalised.
        this.title = Pattern.compile(anyOf(lexicon.titles()) + "\\.?[ \\t]+", ci);
        this.relation = Pattern.compile("(?<![\\p{L}])(?:my|our|his|her|their)[ \\t]+(?:[\\p{L}\\d-]+[ \\t]+){0,2}?"
                + anyOf(lexicon.relations()) + "[ \\t]*,?[ \\t]*(?:(?:named|called|is)[ \\t]+)?", ci);
        this.signOff = Pattern.compile(anyOf(lexicon.signOffs()) + "[ \\t]*[,.!-]*[ \\t]*(?:\\r?\\n[ \\t]*)*", ci);
        this.dashSignature = Pattern.compile("(?:^|\\s)(?:-{1,2}|—|–|~)[ \\t]*(?=\\p{Lu})", Pattern.MULTILINE);
        // "Mary Smith, my wife, thinks..." names the person before the relation.
        this.appositive = Pattern.compile("(?<![\\p{L}])(" + FULL_NAME.pattern() + ")(?=[ \\t]*,?[ \\t]*(?:my|our|his|her)[ \\t]+"
                + anyOf(lexicon.relations()) + ")");
        // The last line, or the last fragment after a sentence end: "... is that bad? Sam".
        this.lastLine = Pattern.compile("(?:^|(?<=[\\n.!?]))[ \\t]*(?=\\p{Lu}[^\\n.!?]*[.!]?\\s*$)");
        this.nameHere = Pattern.compile("(?:^|(?<=[\\n.!?,:]))[ \\t]*(?=" + FULL_NAME.pattern() + "[ \\t]+here\\b)");
    }

    /** {@code (?<!letter)(?:a|b c)(?!letter)} with spaces matching any horizontal space. */
    private static String anyOf(List<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E[ \\t]+\\Q"))
                .collect(Collectors.joining("|", "(?<![\\p{L}])(?:", ")(?![\\p{L}])"));
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        after(text, greeting, words -> !lexicon.isNotName(words.get(0)), found);
        after(text, strongIntroduction, words -> !lexicon.isNotName(words.get(0)), found);
        // After "this is" / "I'm": a known first name, or two or more name words ("I'm Mei Lin").
        after(text, weakIntroduction, words -> lexicon.isFirstName(words.get(0))
                || (words.size() >= 2 && words.stream().noneMatch(lexicon::isNotName)), found, WEAK_INTRODUCTION_LOWER_CASE_WITHIN);
        after(text, nameHere, words -> !lexicon.isNotName(words.get(0)), found);
        after(text, title, words -> !lexicon.isNotName(words.get(0)), found);
        after(text, relation, words -> !lexicon.isNotName(words.get(0)), found);
        findSignatures(text, found);
        findAppositives(text, found);
        found.addAll(repeats(text, found));
        return found;
    }

    private void after(String text, Pattern trigger, Predicate<List<String>> accept, List<Detection> found) {
        after(text, trigger, accept, found, Integer.MAX_VALUE);
    }

    /** {@code lowerCaseBefore}: a lower-case first name is accepted only for cues starting before this offset. */
    private void after(String text, Pattern trigger, Predicate<List<String>> accept, List<Detection> found, int lowerCaseBefore) {
        Matcher m = trigger.matcher(text);
        while (m.find()) {
            Detection name = nameAt(text, m.end(), accept);
            if (name == null && m.start() < lowerCaseBefore) {
                name = lowerCaseFirstNameAt(text, m.end());
            }
            if (name != null) {
                found.add(name);
            }
        }
    }

    /** Patients often write in lower case ("hi its john"): after a cue, a known first name counts anyway. */
    private Detection lowerCaseFirstNameAt(String text, int at) {
        Matcher w = LOWER_WORD.matcher(text).region(at, text.length());
        if (w.lookingAt() && lexicon.isFirstName(w.group()) && !lexicon.isNotName(w.group())) {
            return new Detection(EntityType.NAME, w.start(), w.end(), PRIORITY);
        }
        return null;
    }

    private void findSignatures(String text, List<Detection> found) {
        Matcher m = signOff.matcher(text);
        while (m.find()) {
            int at = m.end();
            // "Thanks, John" closing the message, or mid-text with a known first name ("Thanks Mary for...").
            Detection name = nameAt(text, at, words -> !lexicon.isNotName(words.get(0)));
            if (name != null && (endsText(text, name.end()) || lexicon.isFirstName(text.substring(name.start(), name.end()).split("[ \\t]+")[0]))) {
                found.add(name);
            }
        }
        Matcher dash = dashSignature.matcher(text);
        while (dash.find()) {
            Detection name = nameAt(text, dash.end(), words -> !lexicon.isNotName(words.get(0)));
            if (name != null && endsText(text, name.end())) {
                found.add(name);
            }
        }
        Matcher last = lastLine.matcher(text);
        while (last.find()) {
            Detection name = nameAt(text, last.end(), words -> lexicon.isFirstName(words.get(0)));
            if (name != null && endsText(text, name.end())) {
                found.add(name);
                break;
            }
        }
    }

    private void findAppositives(String text, List<Detection> found) {
        Matcher m = appositive.matcher(text);
        while (m.find()) {
            // Skip leading words that are never names ("Yesterday Mary, my wife").
            Matcher w = WORD_PATTERN.matcher(text).region(m.start(1), m.end(1));
            while (w.find()) {
                if (!lexicon.isNotName(w.group())) {
                    Detection name = nameAt(text, w.start(), words -> !lexicon.isNotName(words.get(0)));
                    if (name != null) {
                        found.add(name);
                    }
                    break;
                }
            }
        }
    }

    private static boolean endsText(String text, int at) {
        Matcher rest = TRAILING.matcher(text).region(at, text.length());
        return rest.matches();
    }

    /**
     * The name starting exactly at {@code at}: name words on one line, minus trailing words that are never
     * names ("Hi Emma Thanks" is Emma).
     */
    private Detection nameAt(String text, int at, Predicate<List<String>> accept) {
        if (at >= text.length()) {
            return null;
        }
        Matcher m = FULL_NAME.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD_PATTERN.matcher(text).region(m.start(), m.end());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        while (!words.isEmpty() && lexicon.isNotName(text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return null;
        }
        // Words after a word that is never a name belong to the sentence, not to the name.
        List<String> values = new ArrayList<>();
        int end = words.get(0)[1];
        for (int[] word : words) {
            String value = text.substring(word[0], word[1]);
            if (!values.isEmpty() && lexicon.isNotName(value)) {
                break;
            }
            values.add(value);
            end = word[1];
        }
        if (!accept.test(values)) {
            return null;
        }
        return new Detection(EntityType.NAME, words.get(0)[0], end, PRIORITY);
    }

    /** Every other occurrence of a found name, or of one of its words ("John Smith" ... "John"). */
    private List<Detection> repeats(String text, List<Detection> names) {
        Set<String> values = new LinkedHashSet<>();
        for (Detection name : names) {
            String value = name.valueIn(text);
            values.add(value);
            Matcher w = WORD_PATTERN.matcher(value);
            while (w.find()) {
                if (!lexicon.isNotName(w.group()) && w.group().length() > 1) {
                    values.add(w.group());
                }
            }
        }
        List<Detection> repeated = new ArrayList<>();
        values.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(value -> {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                repeated.add(new Detection(EntityType.NAME, m.start(), m.end(), PRIORITY_REPEATED));
            }
        });
        return repeated;
    }
}
