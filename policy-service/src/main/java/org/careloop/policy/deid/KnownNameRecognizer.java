package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names without a cue: a capitalised given name of the multilingual lexicon ("Zainab", "Ngozi", "Tomasz"), with the
 * capitalised name words that follow it ("Greg Houlihan", "Ngozi Adeyemi-Bello"). A given name that is also an
 * English word ("Will", "Hope", "Grace"), a drug brand, an eponym ("Bell's palsy") or a place never starts one.
 * It ranks below names found by context, so "Dr. Lincoln" and "my daughter Emma" keep their own spans.
 */
final class KnownNameRecognizer implements Recognizer {

    static final int PRIORITY = 27;
    private static final int MORE_WORDS = 2;
    private static final int MIN_RARE_NAME = 4;
    private static final Pattern SAINT =
            Pattern.compile("(?<![\\p{L}])(?:St\\.?|Saint|Sainte|S[aã]o|San|Santa|Santo)[ \\t]+$");
    /** A capitalised name word standing on its own (not inside "O'", an initial or a hyphenated word). */
    static final Pattern NAME_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}'’.-])" + NameRecognizer.WORD + "(?![\\p{L}\\p{N}])");

    static final Pattern SPACE = Pattern.compile("[ \\t]+");
    private static final Pattern POSSESSIVE_DISEASE = Pattern.compile(
            "['’]s?[ \\t]+(?:disease|syndrome|palsy|sign|ulcer|lymphoma|disorder)", Pattern.CASE_INSENSITIVE);

    private final DeidLexicon lexicon;

    KnownNameRecognizer(DeidLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (!lexicon.isPlainName(m.group()) && !ambiguousGivenNameWithSurname(text, m)
                    || afterSaint(text, m.start())
                    || POSSESSIVE_DISEASE
                            .matcher(text)
                            .region(m.end(), text.length())
                            .lookingAt()) {
                from = m.end();
                continue;
            }
            int end = m.end();
            Matcher next = NAME_WORD.matcher(text);
            Matcher space = SPACE.matcher(text);
            boolean known = lexicon.isCuratedGivenName(m.group())
                    || lexicon.isGivenNameAsWritten(m.group())
                    || lexicon.isAmbiguous(m.group());
            for (int i = 0; known && i < MORE_WORDS; i++) {
                if (!space.region(end, text.length()).lookingAt()
                        || !next.region(space.end(), text.length()).lookingAt()
                        || !continuesName(next.group())) {
                    break;
                }
                end = next.end();
            }
            if (end > m.end() || startsNameAlone(text, m)) {
                found.add(new Detection(EntityType.NAME, m.start(), end, PRIORITY));
            }
            from = end;
        }
        return found;
    }

    /**
     * A given name standing alone: one of the curated common names anywhere, a rarer one of the generated lists only
     * inside a sentence, since a sentence of another language can open with a word some locale uses as a name
     * ("Li", "Ela", "Rien").
     */
    private boolean startsNameAlone(String text, Matcher m) {
        String word = m.group();
        if (lexicon.isCuratedGivenName(word)) {
            return true;
        }
        return lexicon.isGivenNameAsWritten(word) && word.length() >= MIN_RARE_NAME && !opensSentence(text, m.start());
    }

    /** "Bill Nowicki", "Will Turner": a given name that is also a word, when a known surname follows it. */
    private boolean ambiguousGivenNameWithSurname(String text, Matcher m) {
        if (!lexicon.isAmbiguous(m.group()) || !lexicon.isGivenName(m.group()) || lexicon.isNotName(m.group())) {
            return false;
        }
        Matcher space = SPACE.matcher(text).region(m.end(), text.length());
        if (!space.lookingAt()) {
            return false;
        }
        Matcher next = NAME_WORD.matcher(text).region(space.end(), text.length());
        return next.lookingAt()
                && lexicon.isKnownName(next.group())
                && !lexicon.isGivenName(next.group())
                && lexicon.isPlainName(next.group());
    }

    /** "St Mary's", "São Lucas", "San Jose": a saint's name is an institution or a place, not a person here. */
    static boolean afterSaint(String text, int at) {
        return SAINT.matcher(text).region(Math.max(0, at - 7), at).find();
    }

    static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0
                || ".!?:;\n([\"“-¿¡".indexOf(text.charAt(i)) >= 0
                || Character.getType(text.charAt(i)) == Character.OTHER_SYMBOL;
    }

    /** A surname may be any capitalised word that is not an ordinary, medical or place word. */
    private boolean continuesName(String word) {
        return lexicon.isPlainName(word);
    }
}
