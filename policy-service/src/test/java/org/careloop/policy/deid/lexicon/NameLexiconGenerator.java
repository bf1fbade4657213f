package org.careloop.policy.deid.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.careloop.policy.deid.DeidLexicon;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Generates the name lexicon the de-identifier reads at run time ({@code policy/deid/given-names.txt},
 * {@code policy/deid/surnames.txt}) and the drug brand list ({@code policy/deid/drug-brands.txt}) from
 * Datafaker's locale YAML files, so that the service itself does not depend on Datafaker. A program, not a test:
 *
 * <pre>
 * mvn -B -o -pl policy-service test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd policy-service && java -cp target/test-classes:$(cat target/test-classpath.txt) \
 *     org.careloop.policy.deid.lexicon.NameLexiconGenerator src/main/resources/policy/deid /usr/share/dict/words
 * </pre>
 *
 * The second argument is an English word list (Debian's {@code wamerican}); name words that are also ordinary
 * lower-case English words ("will", "hope", "grace", "mark", "may") go to {@code ambiguous-names.txt}: they are
 * names only with strong context.
 *
 * Only Latin-script words are kept (patients write in English): Cyrillic and Greek names are romanised
 * ({@link Transliteration}); Arabic, Chinese or Japanese script names are left out. Words are stored in lower case; diacritics are kept and the
 * de-identifier also matches their folded form ("nguyen" for "nguyễn").
 */
public final class NameLexiconGenerator {

    /** Locales whose name lists go in: English variants and the languages patients of a clinic often write from. */
    static final List<String> LOCALES = List.of(
            "en/name.yml",
            "en-US.yml",
            "en-GB.yml",
            "en-AU.yml",
            "en-CA.yml",
            "en-NZ.yml",
            "en-IN.yml",
            "en-NG.yml",
            "en-UG.yml",
            "en-ZA.yml",
            "en-PK.yml",
            "en-PAK.yml",
            "en-PH.yml",
            "en-SG.yml",
            "en-MS.yml",
            "en-NEP.yml",
            "pl.yml",
            "vi.yml",
            "es.yml",
            "es-MX.yml",
            "es-AR.yml",
            "pt.yml",
            "pt-BR.yml",
            "fr.yml",
            "fr-CA.yml",
            "fr-CH.yml",
            "de.yml",
            "de-AT.yml",
            "de-CH.yml",
            "nl.yml",
            "nl-BE.yml",
            "tr.yml",
            "it.yml",
            "id.yml",
            "id-ID.yml",
            "ca.yml",
            "ca-CAT.yml",
            "sv.yml",
            "sv-SE.yml",
            "nb-NO.yml",
            "no-NO.yml",
            "da-DK.yml",
            "fi-FI.yml",
            "cs.yml",
            "cs-CZ.yml",
            "sk.yml",
            "hr.yml",
            "hu.yml",
            "ro-MD.yml",
            "lv.yml",
            "et.yml",
            "sq.yml",
            "zh-CN.yml",
            "zh-TW.yml",
            "ja.yml",
            "ko.yml",
            "ta-IN.yml",
            "ta.yml",
            "fa.yml",
            "th.yml",
            // Cyrillic and Greek script, romanised (Transliteration)
            "uk.yml",
            "ru.yml",
            "ru-MD.yml",
            "be.yml",
            "bg.yml",
            "mk.yml",
            "el-GR.yml");

    /** A curated supplement: family names the locale files lack or hold only in another script. */
    private static final String ROMANISED_SURNAMES = "lexicon/romanised-surnames.txt";
    /** A curated supplement: brands of medicines, devices, nutrition, pharmacies and health apps that patients write. */
    private static final String PRODUCT_BRANDS = "lexicon/product-brands.txt";

    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}'’-]*[\\p{IsLatin}]");
    private static final Pattern NOT_A_BRAND_WORD = Pattern.compile(".*[\\d/].*");

    private NameLexiconGenerator() {}

    private static List<String> supplement(String resource) throws IOException {
        try (InputStream in = NameLexiconGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/policy/deid");
        Set<String> given = new TreeSet<>();
        Set<String> surnames = new TreeSet<>();
        List<String> used = new ArrayList<>();
        for (String locale : LOCALES) {
            Object doc = load(locale);
            if (doc == null) {
                continue;
            }
            used.add(locale.replace(".yml", ""));
            collect(doc, null, given, surnames, Transliteration.forLocale(locale));
        }
        Object nigeria = load("en/nigeria.yml");
        if (nigeria != null) {
            Object names = path(nigeria, "en", "faker", "nigeria", "name");
            words(names, given, UnaryOperator.identity());
            Object nigerianSurnames = path(nigeria, "en", "faker", "nigeria", "surnames");
            words(nigerianSurnames, surnames, UnaryOperator.identity());
            used.add("en/nigeria");
        }
        surnames.addAll(supplement(ROMANISED_SURNAMES));
        used.add(ROMANISED_SURNAMES);
        Set<String> brands = new TreeSet<>();
        for (String brand : supplement(PRODUCT_BRANDS)) {
            String lower = brand.toLowerCase(Locale.ROOT);
            if (!given.contains(lower) && !surnames.contains(lower)) {
                brands.add(lower);
            }
        }
        used.add(PRODUCT_BRANDS);
        Object medication = load("en/medication.yml");
        Object drugs = path(medication, "en", "faker", "healthcare", "medication", "drug_name");
        if (drugs instanceof List<?> list) {
            for (Object d : list) {
                String name = String.valueOf(d).strip();
                // One-word brands only ("Tylenol", "Eliquis"); brands that are also given names stay names.
                if (!name.contains(" ") && !NOT_A_BRAND_WORD.matcher(name).matches() && name.length() > 3) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!given.contains(lower) && !surnames.contains(lower)) {
                        brands.add(lower);
                    }
                }
            }
        }
        Set<String> ambiguous = new TreeSet<>();
        // The de-identifier also matches names without their diacritics ("sét" is found as "set"), so a dictionary
        // word that is a folded name is as ambiguous as one that is a name as written.
        Set<String> folded = new TreeSet<>();
        given.forEach(w -> folded.add(DeidLexicon.fold(w)));
        surnames.forEach(w -> folded.add(DeidLexicon.fold(w)));
        Path dictionary = Path.of(args.length > 1 ? args[1] : "/usr/share/dict/words");
        for (String word : Files.readAllLines(dictionary, StandardCharsets.UTF_8)) {
            String w = word.strip();
            // Only words the dictionary spells in lower case are ordinary words ("Will" the name is not listed).
            if (!w.isEmpty()
                    && w.equals(w.toLowerCase(Locale.ROOT))
                    && !w.contains("'")
                    && (given.contains(w) || surnames.contains(w) || folded.contains(w))) {
                ambiguous.add(w);
            }
        }
        String source = "# Generated by org.careloop.policy.deid.lexicon.NameLexiconGenerator from Datafaker 2.4.2 ("
                + String.join(", ", used)
                + ").\n# Do not edit by hand: change the generator and run it again.\n# version: 2026.11-10\n";
        write(out.resolve("given-names.txt"), "# Given names, lower case, Latin script.\n" + source, given);
        write(out.resolve("surnames.txt"), "# Family names, lower case, Latin script.\n" + source, surnames);
        write(
                out.resolve("drug-brands.txt"),
                "# One-word medicine brands (never names), lower case.\n" + source,
                brands);
        write(
                out.resolve("ambiguous-names.txt"),
                "# Name words that are also ordinary English words (from " + dictionary.getFileName()
                        + "): names only with strong context.\n" + source,
                ambiguous);
        System.out.printf(
                "given names %d, surnames %d, ambiguous %d, drug brands %d from %d locale files%n",
                given.size(), surnames.size(), ambiguous.size(), brands.size(), used.size());
    }

    private static Object load(String resource) throws IOException {
        try (InputStream in = NameLexiconGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(50 * 1024 * 1024);
            return new Yaml(options).load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Object path(Object node, String... keys) {
        Object at = node;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(key);
        }
        return at;
    }

    /** Every list under a key naming first or last names, at any depth below a {@code name} section. */
    private static void collect(
            Object node, String key, Set<String> given, Set<String> surnames, UnaryOperator<String> toLatin) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (k.equals("name") || key != null && key.startsWith("name")) {
                    collectNames(e.getValue(), k, given, surnames, toLatin);
                } else {
                    collect(e.getValue(), k, given, surnames, toLatin);
                }
            }
        }
    }

    private static void collectNames(
            Object node, String key, Set<String> given, Set<String> surnames, UnaryOperator<String> toLatin) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                collectNames(e.getValue(), String.valueOf(e.getKey()), given, surnames, toLatin);
            }
        } else if (key.contains("first_name")) {
            words(node, given, toLatin);
        } else if (key.contains("last_name")) {
            words(node, surnames, toLatin);
        }
    }

    private static void words(Object node, Set<String> into, UnaryOperator<String> toLatin) {
        if (node instanceof List<?> list) {
            for (Object item : list) {
                words(item, into, toLatin);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> words(v, into, toLatin));
        } else if (node != null) {
            String value = String.valueOf(node);
            if (value.contains("#{")) {
                return;
            }
            for (String written :
                    Normalizer.normalize(value, Normalizer.Form.NFC).split("[\\s,]+")) {
                String word = toLatin.apply(written);
                if (word.length() >= 2 && LATIN_WORD.matcher(word).matches()) {
                    into.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static void write(Path file, String header, Set<String> words) throws IOException {
        StringBuilder sb = new StringBuilder(header);
        words.forEach(w -> sb.append(w).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
