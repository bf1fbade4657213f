package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * The rest of a name found in part. A recognizer may find only the word it is sure of: the surname of "Gareth
 * Pryce-Jones", the given name of "Jamal Brooks", the surname after initials ("N. C. Obi-Nwankwo"). Left alone, the
 * other words would reach the model beside the placeholder, so a name is widened over the name words touching it on
 * its line: initials before it; a capitalised given name before it, even one that is also a word ("Rhea", "Hope"),
 * since a name follows; a known surname after it, even one that is also a word ("Brooks", "Hall"); and, either side,
 * a capitalised word that is not an English word, a date word, a place or another lexicon's ("Mae", "Adeleke").
 */
final class NameNeighbours {

    private static final int MORE_WORDS = 2;
    /** One to three capital initials, each with its full stop, right before the name. */
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.[ \\t]?){1,3}$");
    /** A name word right before a position, after a space on the same line. */
    private static final Pattern WORD_BEFORE =
            Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(" + NameRecognizer.WORD + ")[ \\t]$");
    /** A space and a name word right at a position. */
    private static final Pattern WORD_AFTER =
            Pattern.compile("[ \\t](" + NameRecognizer.WORD + ")(?![\\p{L}\\p{N}]|['’]\\p{L}{2})");

    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august"
                    + "|september|october|november|december");

    private final DeidLexicon lexicon;
    private final EnglishVocabulary vocabulary;
    /** A particle and the name word it joins, right at a position: " al-Harthy", " ap Gwilym", " bin Rashid". */
    private final Pattern particleNameAfter;
    /** A name word and a particle right before a position: "Eirlys ap " before "Dafydd", "Yusuf al-" before "Harthy". */
    private final Pattern particleNameBefore;

    NameNeighbours(DeidLexicon lexicon, EnglishVocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        String particle = lexicon.nameParticles().stream()
                .filter(p -> p.chars().allMatch(Character::isLetter))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
        this.particleNameAfter = Pattern.compile(
                "[ \\t]" + particle + "(?:[ \\t]+|-)(" + NameRecognizer.WORD + ")(?![\\p{L}\\p{N}]|['’]\\p{L}{2})");
        this.particleNameBefore = Pattern.compile(
                "(?<![\\p{L}\\p{N}'’.-])(" + NameRecognizer.WORD + ")[ \\t]+" + particle + "(?:[ \\t]+|-)$");
    }

    /** {@code detections} in text order, each name widened over its neighbouring name words and initials. */
    List<Detection> widened(String text, List<Detection> detections) {
        List<Detection> widened = new ArrayList<>(detections.size());
        int previousEnd = 0;
        for (int i = 0; i < detections.size(); i++) {
            Detection d = detections.get(i);
            if (d.type() == EntityType.NAME) {
                int nextStart =
                        i + 1 < detections.size() ? detections.get(i + 1).start() : text.length();
                d = widenedOne(text, d, previousEnd, nextStart);
            }
            widened.add(d);
            previousEnd = d.end();
        }
        return widened;
    }

    private Detection widenedOne(String text, Detection name, int previousEnd, int nextStart) {
        int start = name.start();
        for (int i = 0; i < MORE_WORDS; i++) {
            Matcher before = WORD_BEFORE.matcher(text).region(previousEnd, start);
            if (!before.find() || !givenNameOrUnknown(before.group(1))) {
                break;
            }
            start = before.start();
        }
        Matcher particleBefore = particleNameBefore.matcher(text).region(previousEnd, start);
        if (particleBefore.find() && givenNameOrUnknown(particleBefore.group(1))) {
            start = particleBefore.start();
        }
        Matcher initials = INITIALS_BEFORE.matcher(text).region(previousEnd, start);
        if (initials.find()) {
            start = initials.start();
        }
        int end = name.end();
        for (int i = 0; i < MORE_WORDS; i++) {
            Matcher after = WORD_AFTER.matcher(text).region(end, nextStart);
            if (!after.lookingAt() || !surnameOrUnknown(after.group(1))) {
                break;
            }
            end = after.end();
        }
        Matcher particleAfter = particleNameAfter.matcher(text).region(end, nextStart);
        if (particleAfter.lookingAt()
                && notTitleOrCue(particleAfter.group(1))
                && lexicon.namesNothingElse(particleAfter.group(1))) {
            end = particleAfter.end();
        }
        if (start == name.start() && end == name.end()) {
            return name;
        }
        return new Detection(name.type(), start, end, name.priority());
    }

    private boolean givenNameOrUnknown(String word) {
        return notTitleOrCue(word) && (lexicon.isGivenName(word) && lexicon.namesNothingElse(word) || unknown(word));
    }

    private boolean surnameOrUnknown(String word) {
        return notTitleOrCue(word) && (lexicon.isKnownName(word) && lexicon.namesNothingElse(word) || unknown(word));
    }

    /** Not an English word nor a day or month; a proper noun English knows ("Gareth") is allowed. */
    private boolean unknown(String word) {
        return !vocabulary.isCommonWord(word)
                && !CALENDAR_WORD.matcher(word).matches()
                && lexicon.namesNothingElse(word);
    }

    private boolean notTitleOrCue(String word) {
        return !lexicon.isTitle(word) && !lexicon.isGreetingOrSignOff(word) && !lexicon.isRelation(word);
    }
}
