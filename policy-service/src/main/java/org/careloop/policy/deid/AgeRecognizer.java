package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages over 89 (Safe Harbor aggregates them): "93-year-old", "96 yo", "96 y/o", "aged 101", "turned 95", "she is 96",
 * "my mom Maria is 96 and". Ages under 90 are never removed. A number after "is" counts only when a person is the
 * subject and no measurement follows ("her oxygen is 96", "sugar was 95 mg/dL" stay).
 */
final class AgeRecognizer implements Recognizer {

    static final int PRIORITY = 40;
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    /** 90 to 119 in digits, in English words ("ninety-two", "a hundred and one") or in Chinese numerals (九十五). */
    private static final String AGE = "(9\\d|1[01]\\d|ninety(?:[ \\t-]+" + UNITS + ")?(?![\\p{L}-])"
            + "|(?:a|one)[ \\t]+hundred(?:[ \\t]+(?:and[ \\t]+)?(?:" + UNITS + "|ten))?(?![\\p{L}-])"
            + "|[九][十][一二三四五六七八九]?|[一]?百[零一二三四五六七八九十]?)";

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern WITH_UNIT = Pattern.compile(
            "(?<![\\d.,])" + AGE
                    + "(?=[ \\t]*-?[ \\t]*(?:years?|yrs?|y/o|y\\.o\\.?|yo|yr\\.?-old|year-old|years-old"
                    // the same in the languages patients write in: años, anos, ans, Jahre, lat(a), anni, tuổi,
                    // saal/sal, سال, yaşında, 歲/岁, sui
                    + "|años|anos|ans|jahre|lat|lata|anni|tuổi|tuoi|saal|sal|سال|yaşında|yasinda|yaş|歲|岁|周岁|sui)(?![\\p{L}]))",
            CI);
    private static final Pattern AFTER_AGE_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:aged?|age:|umer|umar|umr|edad(?:[ \\t]+de)?|âge|alter|wiek|età|idade|turned|turning|turns|will[ \\t]+be|shall[ \\t]+be|(?:i|she|he|they)['’]ll[ \\t]+be|makes[ \\t]+(?:me|him|her)|making[ \\t]+(?:me|him|her)|just[ \\t]+turned|in[ \\t]+(?:his|her|their)[ \\t]+)[ \\t]*"
                    + AGE + "(?![\\d.,]?\\d)",
            CI);
    private static final Pattern AFTER_IS = Pattern.compile(
            "(?<![\\p{L}])(?:is|was|am|she's|he's|she’s|he’s|shes|hes|i'm|i’m|im)[ \\t]+(?:now[ \\t]+|already[ \\t]+|almost[ \\t]+|nearly[ \\t]+)?"
                    + AGE + "(?![\\d.,]?\\d)",
            CI);
    /** "Wilfred Achebe (95)", "Norman Tidswell, 93, of": an age in brackets or commas right after a name. */
    private static final Pattern IN_BRACKETS_AFTER_NAME =
            Pattern.compile("\\p{Lu}\\p{Ll}+[ \\t]*\\([ \\t]*" + AGE + "[ \\t]*\\)");

    private static final Pattern IN_COMMAS_AFTER_NAME =
            Pattern.compile("\\p{Lu}\\p{Ll}+[ \\t]*,[ \\t]*" + AGE + "[ \\t]*,");
    /** What follows a number that is a measurement, not an age. */
    private static final Pattern MEASUREMENT_AFTER = Pattern.compile(
            "[ \\t]*(?:%|percent|mg|mcg|g\\b|kg|kilos?|lbs?|pounds|bpm|beats|°|degrees?|mm|cm|ml|units?|mmhg|/|minutes?|mins?"
                    + "|hours?|hrs?|days?|weeks?|months?|times|points?|x\\b|f\\b|c\\b)",
            CI);
    /**
     * What follows a number after "is" that makes it a reading rather than an age ("was 90 in the morning", "92 out of
     * 100"); after "turned" or "aged" it is still an age ("turned 90 in the summer").
     */
    private static final Pattern READING_AFTER = Pattern.compile("[ \\t]*(?:over|out|in[ \\t]+the)(?![\\p{L}])", CI);
    /** Words before "is 96" that make it a measurement ("oxygen is 96", "the score was 92"). */
    private static final Pattern MEASUREMENT_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:oxygen|o2|sats?|saturation|spo2|sugar|glucose|pulse|heart[ \\t]+rate|hr|temp|temperature|weight|weighs|bp|pressure"
                    + "|score|level|reading|result|number|count|rate|a1c|iq|percent|grade|mark|room|bed|bus|page|step)s?[^.!?\\n]{0,12}$",
            CI);

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        add(text, WITH_UNIT, found, false, false);
        add(text, AFTER_AGE_WORD, found, true, false);
        add(text, AFTER_IS, found, true, true);
        add(text, IN_BRACKETS_AFTER_NAME, found, false, false);
        add(text, IN_COMMAS_AFTER_NAME, found, false, false);
        return found;
    }

    private static void add(
            String text, Pattern pattern, List<Detection> found, boolean checkUnit, boolean checkContext) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            if (checkUnit
                    && MEASUREMENT_AFTER
                            .matcher(text)
                            .region(end, text.length())
                            .lookingAt()) {
                continue;
            }
            if (checkContext
                    && READING_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                continue;
            }
            if (checkContext) {
                String before =
                        text.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
                if (MEASUREMENT_BEFORE.matcher(before).find()) {
                    continue;
                }
            }
            found.add(new Detection(EntityType.AGE_90_PLUS, start, end, PRIORITY));
        }
    }
}
