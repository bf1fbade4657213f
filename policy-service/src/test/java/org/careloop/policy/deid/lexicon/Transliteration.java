package org.careloop.policy.deid.lexicon;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Cyrillic and Greek names in the Latin spelling patients use in English ("Оксана" is written "Oksana",
 * "Олександр" "Oleksandr"): the passport-style romanisations of Ukrainian, Russian, Belarusian, Bulgarian,
 * Macedonian and Greek, letter by letter. One spelling per name; the de-identifier's context cues cover the rest.
 */
final class Transliteration {

    private static final Map<Character, String> CYRILLIC = new HashMap<>();
    private static final Map<Character, String> GREEK = new HashMap<>();

    static {
        put(
                CYRILLIC,
                "абвгдезийклмнопрстуфхцчшщъыьэюяё",
                "a",
                "b",
                "v",
                "g",
                "d",
                "e",
                "z",
                "i",
                "y",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "r",
                "s",
                "t",
                "u",
                "f",
                "kh",
                "ts",
                "ch",
                "sh",
                "shch",
                "",
                "y",
                "",
                "e",
                "yu",
                "ya",
                "yo");
        put(CYRILLIC, "жіїєґўјљњќѓѕџ", "zh", "i", "yi", "ye", "g", "w", "j", "lj", "nj", "kj", "gj", "dz", "dzh");
        put(
                GREEK,
                "αβγδεζηθικλμνξοπρσςτυφχψω",
                "a",
                "v",
                "g",
                "d",
                "e",
                "z",
                "i",
                "th",
                "i",
                "k",
                "l",
                "m",
                "n",
                "x",
                "o",
                "p",
                "r",
                "s",
                "s",
                "t",
                "y",
                "f",
                "ch",
                "ps",
                "o");
    }

    private Transliteration() {}

    private static void put(Map<Character, String> map, String letters, String... latin) {
        for (int i = 0; i < letters.length(); i++) {
            map.put(letters.charAt(i), latin[i]);
        }
    }

    /** The romanisation for a Datafaker locale file, or none for locales already in Latin script. */
    static UnaryOperator<String> forLocale(String locale) {
        String language = locale.replace(".yml", "").split("[-_]")[0].toLowerCase(Locale.ROOT);
        return switch (language) {
            case "uk" -> word -> cyrillic(word, Map.of('г', "h", 'и', "y", 'й', "i", 'щ', "shch"));
            case "be", "by" -> word -> cyrillic(word, Map.of('г', "h", 'и', "i"));
            case "bg" -> word -> cyrillic(word, Map.of('щ', "sht", 'ъ', "a", 'й', "y"));
            case "ru", "mk" -> word -> cyrillic(word, Map.of());
            case "el" -> Transliteration::greek;
            default -> UnaryOperator.identity();
        };
    }

    private static String cyrillic(String word, Map<Character, String> overrides) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = overrides.getOrDefault(c, CYRILLIC.get(c));
            out.append(latin != null ? latin : String.valueOf(c));
        }
        return out.toString();
    }

    private static String greek(String word) {
        String plain = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ου", "ou")
                .replace("αι", "ai")
                .replace("ει", "ei")
                .replace("οι", "oi")
                .replace("μπ", "b")
                .replace("ντ", "d");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            String latin = GREEK.get(c);
            out.append(latin != null ? latin : String.valueOf(c));
        }
        return out.toString();
    }
}
