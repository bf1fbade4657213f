package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * A given name with where the person is from or what they do: "Mark from the allotment says", "Gareth from the
 * cardiac team rang", "tell Bill at reception", "Amber the nurse", "dressed by Amber on nights", "Thanks, Faith
 * (senior carer)". The cue makes even a name that is also a word ("Mark", "Amber", "Faith") a person; after an
 * article or a possessive ("a Bill from the hospital", "the Summer at home") it is a thing.
 */
final class AffiliatedNameRecognizer implements Recognizer {

    private static final String ROLE =
            "(?i:(?:senior[ \\t]+|practice[ \\t]+|district[ \\t]+|community[ \\t]+|night[ \\t]+)?"
                    + "(?:nurse|hca|receptionist|carer|care[ \\t]+worker|support[ \\t]+worker|pharmacist|midwife|health[ \\t]+visitor"
                    + "|physio|physiotherapist|manager|care[ \\t]+coordinator|care[ \\t]+navigator|doctor|gp|locum|phlebotomist"
                    + "|social[ \\t]+worker|ot|dietitian|dietician|paramedic|secretary|admin|key[ \\t]+worker|sister|matron"
                    + "|mum|mom|dad|daughter|son|wife|husband|partner|brother|neighbour|neighbor|friend))";
    private static final Pattern NAME_FROM = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(" + NameRecognizer.WORD
            + ")(?=(?:[ \\t]+(" + NameRecognizer.WORD + "))?(?:[ \\t]+from[ \\t]+(?:the|my|your|our|his|her|their"
            + "|next|work|church|school|college|uni|reception)[ \\t]"
            + "|[ \\t]+(?:at|on)[ \\t]+(?:reception|the[ \\t]+(?:front[ \\t]+)?desk|nights|days|lates|earlies)(?![\\p{L}])"
            + "|[ \\t]+the[ \\t]+" + ROLE + "(?![\\p{L}])"
            + "|[ \\t]*\\((?i:(?:my|our|his|her|their|the|your)[ \\t]+)?" + ROLE + "(?i:[ \\t]+on[ \\t]+\\w+)?\\)))");
    private static final Pattern THING_BEFORE =
            Pattern.compile("(?i:\\b(?:a|an|the|my|your|our|his|her|their|this|that|some|any|no)[ \\t]+)$");

    private final DeidLexicon lexicon;
    private final EnglishVocabulary vocabulary;

    AffiliatedNameRecognizer(DeidLexicon lexicon, EnglishVocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher m = NAME_FROM.matcher(text);
        while (m.find()) {
            String given = m.group(1);
            if (!person(given)
                    || THING_BEFORE
                            .matcher(text)
                            .region(Math.max(0, m.start() - 8), m.start())
                            .find()) {
                continue;
            }
            int end = m.group(2) != null && lexicon.isPlainName(m.group(2)) ? m.end(2) : m.end(1);
            found.add(new Detection(EntityType.NAME, m.start(1), end, NameRecognizer.PRIORITY));
        }
        return found;
    }

    /**
     * A given name of the lexicon, even one that is also a word ("Mark", "Faith", "Summer"), or a name word English
     * does not have ("Gareth").
     */
    private boolean person(String word) {
        if (!lexicon.namesNothingElse(word) || lexicon.isGreetingOrSignOff(word) || lexicon.endsLowerCaseName(word)) {
            return false;
        }
        return lexicon.isCuratedGivenName(word)
                || lexicon.isGivenNameAsWritten(word)
                || lexicon.isPlainName(word) && !vocabulary.isCommonWord(word.toLowerCase(Locale.ROOT));
    }
}
