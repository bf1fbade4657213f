package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of people, found only where the context says a name follows: a greeting ("Hi Sarah"), an introduction
 * ("my name is", "this is" + a known first name), a title ("Dr. Patel"), a relation ("my daughter Emma") or a
 * signature ("Thanks, John" at the end). A capitalised word alone is never a name, so "Tylenol" and "Monday"
 * stay.
 */
final class NameRecognizer implements Recognizer {

    static final int PRIORITY = 30;

    /** A capitalised name word: Emma, O'Brien, McDonald, Mary-Jane (but "Sarah's" stops at Sarah). */
    static final String WORD =
            "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Lu}\\p{Ll}+|-\\p{Lu}?\\p{Ll}+){0,3}";

    private static final Pattern WORD_PATTERN = Pattern.compile(WORD);
    /** An initial: "J." in "J. Smith". */
    private static final String INITIAL = "\\p{Lu}\\.[ \\t]*";
    /** Up to three name words on one line (used where no particles are expected). */
    private static final Pattern FULL_NAME =
            Pattern.compile(WORD + "(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?" + WORD + "){0,2}");

    private static final Pattern LOWER_NAME_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]*\\p{Ll}(?![\\p{L}\\d])");
    /**
     * Chinese has no spaces: a name of two to four characters right after "我叫" or "我的名字是" ("I am", 我是, is
     * followed by "a student" as often as by a name).
     */
    private static final Pattern CHINESE_NAME_AFTER_CUE =
            Pattern.compile("(?:我叫|我的名字是)(\\p{IsHan}{2,4})(?=[\\p{P}\\s，。、]|$)");
    /**
     * After a strong cue in a script without capitals (Arabic, Persian, Urdu, Hebrew, Devanagari): the words up to the
     * next punctuation, at most three ("اسمي زينب كاظم الموسوي،").
     */
    private static final Pattern UNCASED_NAME =
            Pattern.compile("[ \\t]*([\\p{Lo}\\p{M}]+(?:[ \\t]+[\\p{Lo}\\p{M}]+){0,2})(?=[ \\t]*(?:[\\p{P}\\n]|$))");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b[ \\t]*([\\p{L}]+)?");
    /** "its mark" mid-message is not a name; "hi its john" opening a message is. */
    private static final int WEAK_INTRODUCTION_LOWER_CASE_WITHIN = 40;

    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}(?![\\p{L}\\d])");
    private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Punct}\\p{So}]*");

    private static final Pattern COMMA = Pattern.compile(",[ \\t]*");
    private static final Pattern MORE_WORDS = Pattern.compile("[ \\t]+\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern ANY_CASE_WORD = Pattern.compile("\\p{L}[\\p{Ll}'’]*\\p{Ll}(?![\\p{L}\\d'’-])");
    private static final Pattern WRITER_PLACED = Pattern.compile(
            "[ \\t]+(?:from|here|again|btw|calling|speaking|writing)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_START = Pattern.compile("^[ \\t]*(?=\\S)", Pattern.MULTILINE);
    private static final Pattern KISS_TAIL =
            Pattern.compile("(?:x{1,4}|<3|:\\)|\\))[ \\t]+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
    private static final Pattern KISSES = Pattern.compile("[ \\t]+x{1,4}(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_END = Pattern.compile("[ \\t\\p{Punct}]*(?:\\r?\\n|$)");

    private final DeidLexicon lexicon;
    private final Pattern greeting;
    private final Pattern strongIntroduction;
    private final Pattern weakIntroduction;
    private final Pattern title;
    private final Pattern relation;
    private final Pattern relationThenBracketedName;
    private final Pattern signOff;
    private final Pattern dashSignature;
    private final Pattern lastLine;
    private final Pattern appositive;
    private final Pattern nameHere;
    /** Name words with particles and initials: "Maria de la Cruz", "J. Smith", "van der Berg", "Fatima bint Abdullah". */
    private final Pattern fullName;

    private final Pattern fieldLabel;
    private final Pattern listSeparator;
    private final Pattern capitalisedPair;
    private final Pattern nameAfter;
    private final Pattern signOffLine;

    NameRecognizer(DeidLexicon lexicon) {
        this.lexicon = lexicon;
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String particle = lexicon.particleBeforeName();
        this.fullName = Pattern.compile("(?:" + INITIAL + ")?(?:" + particle + "){0,2}" + WORD + "(?:[ \\t]+(?:"
                + INITIAL + ")?(?:" + particle + "){0,2}" + WORD + "){0,3}");
        // "attn: Deborah Klein", "cc: A, B", "From: Hiroshi Tanaka"; without a colon only the unambiguous ones.
        this.fieldLabel = Pattern.compile(
                "(?:(?:^|(?<=[\\s(\\[,;]))(?:" + anyOf(lexicon.fieldLabels()) + ")[ \\t]*[:=][ \\t]*" + "|"
                        + anyOf(List.of("attn", "fao", "c/o", "cc", "attention")) + "[ \\t]*[.:-]?[ \\t]*)",
                ci | Pattern.MULTILINE);
        this.listSeparator = Pattern.compile("[ \\t]*(?:,|;|&|and|/)[ \\t]*");
        this.capitalisedPair =
                Pattern.compile("(?<![\\p{L}'’.-])(" + WORD + ")[ \\t]+(?:" + particle + "){0,2}(" + WORD + ")");
        this.nameAfter = Pattern.compile("[ \\t]*,?[ \\t]*" + anyOf(lexicon.nameAfterCues()), ci);
        this.signOffLine = Pattern.compile(
                "^[ \\t]*" + anyOf(lexicon.signOffs()) + "[ \\t]*[,.!-]*[ \\t]*$", ci | Pattern.MULTILINE);
        this.greeting = Pattern.compile(
                "(?:^|(?<=[.!?\\n]))[ \\t]*" + anyOf(lexicon.greetings()) + "[ \\t]*,?[ \\t]*", ci | Pattern.MULTILINE);
        this.strongIntroduction = Pattern.compile(anyOf(lexicon.strongIntroductions()) + "[ \\t]*:?[ \\t]*", ci);
        this.weakIntroduction = Pattern.compile(anyOf(lexicon.weakIntroductions()) + "[ \\t]+", ci);
        // "dr smith" in lower case happens; the name after the title must still be capitalised.
        this.title = Pattern.compile(titles(lexicon.titles()) + "[ \\t]+", ci);
        this.relation = Pattern.compile(
                "(?:(?<![\\p{L}])(?:my|our|his|her|their|ur|your)[ \\t]+(?:[\\p{L}\\d-]+[ \\t]+){0,2}?|(?:^|(?<=[.!?\\n]))[ \\t]*)"
                        + anyOf(lexicon.relations()) + "[ \\t]*,?[ \\t]*(?:(?:named|called|is)[ \\t]+)?",
                ci | Pattern.MULTILINE);
        // "Dad (Vincenzo) is 86": a relation with the name in brackets after it, wherever it stands.
        this.relationThenBracketedName = Pattern.compile(
                anyOf(lexicon.relations())
                        + "[ \\t]*\\([ \\t]*(?=\\p{Lu}[\\p{L}'-]+(?:[ \\t]+\\p{Lu}[\\p{L}'-]+)?[ \\t]*\\))",
                ci);
        this.signOff = Pattern.compile(anyOf(lexicon.signOffs()) + "[ \\t]*[,.!-]*[ \\t]*(?:\\r?\\n[ \\t]*)*", ci);
        this.dashSignature =
                Pattern.compile("(?:^|\\s)(?:-{1,2}|—|–|~)[ \\t]*(?:\\r?\\n[ \\t]*)?(?=\\p{L})", Pattern.MULTILINE);
        // "Mary Smith, my wife, thinks..." names the person before the relation.
        this.appositive = Pattern.compile("(?<![\\p{L}])(" + FULL_NAME.pattern()
                + ")(?=[ \\t]*,?[ \\t]*(?:my|our|his|her)[ \\t]+" + anyOf(lexicon.relations()) + ")");
        // The last line, or the last fragment after a sentence end: "... is that bad? Sam".
        this.lastLine = Pattern.compile("(?:^|(?<=[\\n.!?]))[ \\t]*(?=\\p{Lu}[^\\n.!?]*[.!]?\\s*$)");
        this.nameHere = Pattern.compile("(?:^|(?<=[\\n.!?,:]))[ \\t]*(?=" + FULL_NAME.pattern() + "[ \\t]*,?[ \\t]+"
                + "(?iu:" + anyOf(lexicon.nameAfterCues()) + "))");
    }

    /**
     * Titles written with a full stop in the lexicon ("Dr.") are abbreviations and may take one in the text; after a
     * whole word ("Nurse", "Doctor") a full stop ends the sentence, so "see the nurse. If ..." names nobody.
     */
    private static String titles(List<String> titles) {
        return alternation(titles, t -> t.endsWith(".") ? quoted(t.substring(0, t.length() - 1)) + "\\.?" : quoted(t));
    }

    /** {@code (?<!letter)(?:a|b c)(?!letter)} with spaces matching any horizontal space. */
    private static String anyOf(List<String> phrases) {
        return alternation(phrases, NameRecognizer::quoted);
    }

    /** The phrases as one alternation, longest first, each whole between non-letters. */
    static String alternation(List<String> phrases, Function<String, String> toRegex) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(toRegex)
                .collect(Collectors.joining("|", "(?<![\\p{L}])(?:", ")(?![\\p{L}])"));
    }

    private static String quoted(String phrase) {
        return Pattern.quote(phrase).replace(" ", "\\E[ \\t]+\\Q");
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        after(text, greeting, words -> !lexicon.isNotName(words.get(0)), found);
        after(text, strongIntroduction, words -> !lexicon.isNotName(words.get(0)), found, Integer.MAX_VALUE, true);
        findWeakIntroductions(text, found);
        findNamesBeforeCues(text, found);
        after(text, title, words -> !lexicon.isNotName(words.get(0)), found);
        after(text, relation, words -> !lexicon.isNotName(words.get(0)), found);
        after(text, relationThenBracketedName, words -> !lexicon.isNotName(words.get(0)), found);
        findFieldLabels(text, found);
        findChineseNamesAfterCues(text, found);
        findSignatures(text, found);
        findAppositives(text, found);
        findKnownFullNames(text, found);
        found.removeIf(d -> isEponymPossessive(text, d));
        return found;
    }

    private void after(String text, Pattern trigger, Predicate<List<String>> accept, List<Detection> found) {
        after(text, trigger, accept, found, Integer.MAX_VALUE, false);
    }

    /**
     * {@code lowerCaseBefore}: a lower-case known name is accepted only for cues starting before this offset;
     * {@code strongCue} ("my name is", "patient name:"): "da Silva, João" is one name, and a lower-case name need not
     * start with a known name ("my name is oksana petrenko").
     */
    private void after(
            String text,
            Pattern trigger,
            Predicate<List<String>> accept,
            List<Detection> found,
            int lowerCaseBefore,
            boolean strongCue) {
        Matcher m = trigger.matcher(text);
        while (m.find()) {
            Detection name = nameAt(text, m.end(), accept);
            if (name == null && m.start() < lowerCaseBefore) {
                name = lowerCaseNameAt(text, m.end(), strongCue);
            }
            if (name != null) {
                if (strongCue) {
                    name = withGivenNameAfterComma(text, name);
                }
                found.add(name);
            }
        }
    }

    private static int at(Matcher m) {
        return m.end();
    }

    /** "Patient name: da Silva, João": a given name after the comma belongs to the name ("A B, C D" is two people). */
    private Detection withGivenNameAfterComma(String text, Detection name) {
        Matcher comma = COMMA.matcher(text).region(name.end(), text.length());
        if (comma.lookingAt()) {
            Matcher w = WORD_PATTERN.matcher(text).region(comma.end(), text.length());
            boolean moreWords = MORE_WORDS
                    .matcher(text)
                    .region(w.lookingAt() ? w.end() : at(comma), text.length())
                    .lookingAt();
            if (w.lookingAt()
                    && !moreWords
                    && lexicon.isGivenName(w.group())
                    && !lexicon.isAmbiguous(w.group())
                    && !lexicon.isNotName(w.group())) {
                return new Detection(EntityType.NAME, name.start(), w.end(), PRIORITY);
            }
        }
        return name;
    }

    /**
     * After "this is" / "I'm": a known given name (an ambiguous one such as "Faith" only with another name word or
     * "calling", "here"), or two or more name words ("I'm Mei Lin").
     */
    private void findWeakIntroductions(String text, List<Detection> found) {
        Matcher m = weakIntroduction.matcher(text);
        while (m.find()) {
            Detection name = nameAt(
                    text,
                    m.end(),
                    words -> lexicon.isGivenName(words.get(0))
                            || lexicon.isKnownName(words.get(0))
                            || (words.size() >= 2 && words.stream().noneMatch(lexicon::isNotName)));
            if (name == null && m.start() < WEAK_INTRODUCTION_LOWER_CASE_WITHIN) {
                name = lowerCaseNameAt(text, m.end());
            }
            if (name == null) {
                name = givenNameIntroducingWriter(text, m.end());
            }
            if (name != null) {
                found.add(name);
            }
        }
    }

    /**
     * "its will from tuesdays appointment", "hey it's Faith from the 9am slot": after an introduction, a given name
     * that is also a word is the writer's when what follows places them ("from", "here", "again", "btw").
     */
    private Detection givenNameIntroducingWriter(String text, int at) {
        Matcher w = ANY_CASE_WORD.matcher(text).region(at, text.length());
        if (!w.lookingAt() || !lexicon.isGivenName(w.group()) || lexicon.isNotName(w.group())) {
            return null;
        }
        return WRITER_PLACED.matcher(text).region(w.end(), text.length()).lookingAt()
                ? new Detection(EntityType.NAME, w.start(), w.end(), PRIORITY)
                : null;
    }

    /** "Wei Zhang here", "Grace Kim wrote:", "Faith calling". */
    private void findNamesBeforeCues(String text, List<Detection> found) {
        Matcher m = nameHere.matcher(text);
        while (m.find()) {
            Detection name = nameAt(text, m.end(), words -> !lexicon.isNotName(words.get(0)));
            if (name != null
                    && nameAfter.matcher(text).region(name.end(), text.length()).lookingAt()) {
                found.add(name);
            }
        }
    }

    /** "attn: Deborah Klein", "cc: Wojciech Zieliński, Katarzyna Lewandowska", "From: Hiroshi Tanaka". */
    private void findFieldLabels(String text, List<Detection> found) {
        Matcher m = fieldLabel.matcher(text);
        while (m.find()) {
            int at = m.end();
            for (int i = 0; i < 8; i++) {
                Detection name = nameAt(text, at, words -> !lexicon.isNotName(words.get(0)));
                if (name == null) {
                    name = lowerCaseNameAt(text, at);
                }
                if (name == null) {
                    break;
                }
                name = withGivenNameAfterComma(text, name);
                found.add(name);
                Matcher sep = listSeparator.matcher(text).region(name.end(), text.length());
                if (!sep.lookingAt()) {
                    break;
                }
                at = sep.end();
            }
        }
    }

    /**
     * A known given name followed by a known name, anywhere ("Chukwuemeka Okonkwo", "Nguyen Van Hung"): neither word
     * an ordinary English word nor a word that is never a name.
     */
    private void findKnownFullNames(String text, List<Detection> found) {
        Matcher m = capitalisedPair.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String first = m.group(1);
            String second = m.group(2);
            if (lexicon.isGivenName(first) && lexicon.isKnownName(second) && plainName(first) && plainName(second)) {
                Detection name = nameAt(text, m.start(), words -> true);
                if (name != null) {
                    found.add(name);
                    from = name.end();
                    continue;
                }
            }
            from = m.start(2);
        }
    }

    private boolean plainName(String word) {
        return !lexicon.isAmbiguous(word) && !lexicon.isNotName(word) && !lexicon.isEponym(word);
    }

    /** "Bell's palsy", "Crohn's": an eponym in the possessive, or any word before "'s disease". */
    private boolean isEponymPossessive(String text, Detection d) {
        Matcher m = POSSESSIVE.matcher(text).region(d.end(), text.length());
        if (!m.lookingAt()) {
            return false;
        }
        List<String> words = words(d.valueIn(text));
        if (!words.isEmpty() && lexicon.isEponym(words.get(words.size() - 1))) {
            return true;
        }
        String next = m.group(1);
        return next != null && lexicon.diseaseWords().stream().anyMatch(next::equalsIgnoreCase);
    }

    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD_PATTERN.matcher(value);
        while (w.find()) {
            words.add(w.group());
        }
        return words;
    }

    /**
     * Patients often write in lower case ("hi its john", "regards\newa"): after a cue, up to three lower-case words
     * that are all known names and not ordinary English words count anyway.
     */
    private Detection lowerCaseNameAt(String text, int at) {
        return lowerCaseNameAt(text, at, false);
    }

    private static void findChineseNamesAfterCues(String text, List<Detection> found) {
        Matcher chinese = CHINESE_NAME_AFTER_CUE.matcher(text);
        while (chinese.find()) {
            found.add(new Detection(EntityType.NAME, chinese.start(1), chinese.end(1), PRIORITY));
        }
    }

    /** {@code anyWord}: after a strong cue ("my name is") the first word need not be a known name either. */
    private Detection lowerCaseNameAt(String text, int at, boolean anyWord) {
        if (anyWord) {
            Matcher uncased = UNCASED_NAME.matcher(text).region(at, text.length());
            if (uncased.lookingAt() && uncased.group(1).codePoints().count() <= 30) {
                return new Detection(EntityType.NAME, uncased.start(1), uncased.end(1), PRIORITY);
            }
        }
        int start = -1;
        int end = -1;
        int pos = at;
        for (int i = 0; i < 3; i++) {
            Matcher w = LOWER_NAME_WORD.matcher(text).region(pos, text.length());
            if (!w.lookingAt()) {
                break;
            }
            String word = w.group();
            boolean known = lexicon.isKnownName(word)
                    && !lexicon.isNotName(word)
                    && (!lexicon.isAmbiguous(word) || lexicon.isCommonGivenName(word));
            // After a strong cue, or after a first word that is a known name, any word up to a stop word is the name.
            boolean ok =
                    known || (anyWord || start >= 0) && !lexicon.endsLowerCaseName(word) && !lexicon.isNotName(word);
            if (!ok) {
                break;
            }
            if (start < 0) {
                start = w.start();
            }
            end = w.end();
            Matcher space = SPACES.matcher(text).region(end, text.length());
            if (!space.lookingAt()) {
                break;
            }
            pos = space.end();
        }
        return start < 0 ? null : new Detection(EntityType.NAME, start, end, PRIORITY);
    }

    private void findSignatures(String text, List<Detection> found) {
        findSignOffNames(text, found);
        findDashSignatures(text, found);
        findNameLines(text, found);
        findLastLineName(text, found);
        findNameAfterKisses(text, found);
    }

    /** "Thanks, John" closing the message or on its own line, and a known first name after a sign-off mid-text. */
    private void findSignOffNames(String text, List<Detection> found) {
        Matcher m = signOff.matcher(text);
        while (m.find()) {
            int at = m.end();
            // "Thanks, John" closing the message, or mid-text with a known first name ("Thanks Mary for...").
            Detection name = nameAt(text, at, words -> !lexicon.isNotName(words.get(0)));
            boolean ownLine = text.substring(m.start(), at).contains("\n");
            if (name != null
                    && (endsText(text, name.end())
                            || ownLine && endsLine(text, name.end())
                            || lexicon.isGivenName(text.substring(name.start(), name.end())
                                            .split("[ \\t]+")[0])
                                    && !lexicon.isAmbiguous(text.substring(name.start(), name.end())
                                            .split("[ \\t]+")[0]))) {
                found.add(name);
            } else if (name == null) {
                // "regards\newa", and "... what to do thanks ruth" or "thx kemi x" closing the message.
                Detection lower = lowerCaseNameAt(text, at);
                if (lower != null
                        && ((ownLine || endsText(text, at)) && endsLine(text, lower.end())
                                || endsText(text, kissesEnd(text, lower.end())))) {
                    found.add(lower);
                }
            }
        }
    }

    /** "- Anna" or "— tay" closing the message. */
    private void findDashSignatures(String text, List<Detection> found) {
        Matcher dash = dashSignature.matcher(text);
        while (dash.find()) {
            Detection name = nameAt(text, dash.end(), words -> !lexicon.isNotName(words.get(0)));
            if (name == null) {
                name = lowerCaseNameAt(text, dash.end());
            }
            if (name != null && endsText(text, name.end())) {
                found.add(name);
            }
        }
    }

    /** A line that is only a name, after a sign-off line ("Kind regards\nPieter de Vries") or closing the message. */
    private void findNameLines(String text, List<Detection> found) {
        Matcher line = LINE_START.matcher(text);
        while (line.find()) {
            int at = line.end();
            Detection name = nameAt(text, at, words -> words.stream().noneMatch(lexicon::isNotName));
            if (name == null || !endsLine(text, name.end())) {
                continue;
            }
            List<String> words = words(name.valueIn(text));
            boolean afterSignOff = previousLineIsSignOff(text, at);
            boolean closing = endsText(text, name.end())
                    && !words.isEmpty()
                    && lexicon.isKnownName(words.get(0))
                    && (!lexicon.isAmbiguous(words.get(0)) || signsAlone(words));
            if (afterSignOff || closing) {
                found.add(name);
            }
        }
    }

    /** "Rose" on the last line by itself: a given name even though it is also a word, unless it closes a letter. */
    private boolean signsAlone(List<String> words) {
        String word = words.get(0);
        return words.size() == 1 && lexicon.isGivenName(word) && !lexicon.isGreetingOrSignOff(word);
    }

    /**
     * A known given name alone after the last sentence ("... is that bad? Sam"), or a given name and a known surname
     * alone on the last line, even a given name that is also a word ("...\nJack Lomas", "...\nGrace Mark").
     */
    private void findLastLineName(String text, List<Detection> found) {
        Matcher last = lastLine.matcher(text);
        while (last.find()) {
            boolean ownLine = last.start() == 0 || text.charAt(last.start() - 1) == '\n';
            Detection name = nameAt(
                    text,
                    last.end(),
                    words -> lexicon.isGivenName(words.get(0))
                            && (!lexicon.isAmbiguous(words.get(0)) || ownLine && fullNameAlone(words)));
            if (name != null && endsText(text, name.end())) {
                found.add(name);
                break;
            }
        }
    }

    private boolean fullNameAlone(List<String> words) {
        return words.size() >= 2
                && words.size() <= 3
                && lexicon.isKnownName(words.get(words.size() - 1))
                && words.stream().noneMatch(w -> lexicon.isGreetingOrSignOff(w) || lexicon.isTitle(w));
    }

    /** "... for helping my nana!! xx Chloe": a known given name closing the message after a kiss or emoji. */
    private void findNameAfterKisses(String text, List<Detection> found) {
        Matcher tail = KISS_TAIL.matcher(text);
        while (tail.find()) {
            Detection name = nameAt(
                    text, tail.end(), words -> lexicon.isGivenName(words.get(0)) && !lexicon.isAmbiguous(words.get(0)));
            if (name != null && endsText(text, name.end())) {
                found.add(name);
            }
        }
    }

    private boolean previousLineIsSignOff(String text, int lineStart) {
        int end = text.lastIndexOf('\n', Math.max(0, lineStart - 1));
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String previous = text.substring(start, end);
            if (!previous.isBlank()) {
                return signOffLine.matcher(previous).matches()
                        || previous.strip().matches("--|-|—|~");
            }
            end = start - 1;
        }
        return false;
    }

    private static boolean endsLine(String text, int at) {
        Matcher rest = LINE_END.matcher(text).region(at, text.length());
        return rest.lookingAt();
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

    /** Where kisses after a name end ("kemi x", "Carys xx"), or {@code at} when none follow. */
    private static int kissesEnd(String text, int at) {
        Matcher kisses = KISSES.matcher(text).region(at, text.length());
        return kisses.lookingAt() ? kisses.end() : at;
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
        Matcher m = fullName.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD_PATTERN.matcher(text).region(m.start(), m.end());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        while (!words.isEmpty()
                && lexicon.isNotName(text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]))) {
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
        return new Detection(EntityType.NAME, m.start(), end, PRIORITY);
    }
}
