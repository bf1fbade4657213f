package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every other occurrence, as written, of a name found in the text, or of one of its words ("John Smith" ... "John"). */
final class NameRepeats {

    static final int PRIORITY = 25;
    private static final Pattern WORD = Pattern.compile(NameRecognizer.WORD);

    private final DeidLexicon lexicon;

    NameRepeats(DeidLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Detection> of(String text, List<Detection> detections) {
        Set<String> values = new LinkedHashSet<>();
        for (Detection name : detections) {
            if (name.type() != EntityType.NAME) {
                continue;
            }
            String value = name.valueIn(text);
            values.add(value);
            Matcher w = WORD.matcher(value);
            while (w.find()) {
                if (!lexicon.isNotName(w.group()) && w.group().length() > 1) {
                    values.add(w.group());
                }
            }
        }
        List<Detection> repeated = new ArrayList<>();
        values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(value -> {
                    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
                            .matcher(text);
                    while (m.find()) {
                        repeated.add(new Detection(EntityType.NAME, m.start(), m.end(), PRIORITY));
                    }
                });
        return repeated;
    }
}
