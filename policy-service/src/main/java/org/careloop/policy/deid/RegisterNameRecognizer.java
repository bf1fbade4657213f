package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * Names as records and registers print them: the surname in capitals before a comma and the given names ("OKONJO,
 * Chidinma Grace", "GARCIA-LOPEZ, ESTEBAN"), and a name all in capitals after a label ("Patient: BRADLEY
 * KOUTSOUKIS"). The capitals that elsewhere mark an acronym ("NHS, GP") are a name here only when a given name follows
 * the comma or a name label precedes them.
 */
final class RegisterNameRecognizer implements Recognizer {

    private static final String CAPITALS = "\\p{Lu}{2,}(?:['’-]\\p{Lu}{2,})*";
    private static final Pattern SURNAME_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}])(" + CAPITALS + "),[ \\t]*"
            + "(\\p{Lu}[\\p{L}'’-]+)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){0,2}(?![\\p{L}])");
    private static final Pattern AFTER_LABEL = Pattern.compile(
            "(?<![\\p{L}])(?i:patient|name|patient\\s+name|full\\s+name|resident|client|child|pt)[ \\t]*:[ \\t]*("
                    + CAPITALS + "(?:[ \\t]+" + CAPITALS + "){1,3})(?![\\p{L}])");

    private final DeidLexicon lexicon;

    RegisterNameRecognizer(DeidLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher surnameFirst = SURNAME_FIRST.matcher(text);
        while (surnameFirst.find()) {
            if (lexicon.isGivenName(surnameFirst.group(2)) && !lexicon.isNotName(surnameFirst.group(1))) {
                found.add(new Detection(
                        EntityType.NAME, surnameFirst.start(), surnameFirst.end(), NameRecognizer.PRIORITY));
            }
        }
        Matcher labelled = AFTER_LABEL.matcher(text);
        while (labelled.find()) {
            if (allCommonWords(labelled.group(1))) {
                continue;
            }
            found.add(new Detection(EntityType.NAME, labelled.start(1), labelled.end(1), NameRecognizer.PRIORITY));
        }
        return found;
    }

    /** "Patient: NOT KNOWN", "Name: TO FOLLOW". */
    private static boolean allCommonWords(String capitals) {
        EnglishVocabulary english = EnglishVocabulary.shared();
        for (String word : capitals.split("[ \\t]+")) {
            if (!english.isCommonWord(word)) {
                return false;
            }
        }
        return true;
    }
}
