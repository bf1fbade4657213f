package org.careloop.policy.deid;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.careloop.policy.policy.PolicyDocuments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The words that give a capitalised word away as a name (greetings, introductions, titles, relations, sign-offs)
 * and the word lists (first names; capitalised words that are never names), kept as data.
 */
public final class DeidLexicon {

    private final String version;
    private final Set<String> firstNames;
    private final Set<String> notNames;
    private final List<String> greetings;
    private final List<String> strongIntroductions;
    private final List<String> weakIntroductions;
    private final List<String> titles;
    private final List<String> relations;
    private final List<String> signOffs;
    private final List<String> placeIntroductions;

    @JsonCreator
    DeidLexicon(@JsonProperty("version") String version,
                @JsonProperty("firstNames") String firstNamesFile,
                @JsonProperty("notNames") String notNamesFile,
                @JsonProperty("greetings") List<String> greetings,
                @JsonProperty("strongIntroductions") List<String> strongIntroductions,
                @JsonProperty("weakIntroductions") List<String> weakIntroductions,
                @JsonProperty("titles") List<String> titles,
                @JsonProperty("relations") List<String> relations,
                @JsonProperty("signOffs") List<String> signOffs,
                @JsonProperty("placeIntroductions") List<String> placeIntroductions) {
        this.version = version;
        this.firstNames = lower(PolicyDocuments.readLines(firstNamesFile));
        this.notNames = lower(PolicyDocuments.readLines(notNamesFile));
        this.greetings = List.copyOf(greetings);
        this.strongIntroductions = List.copyOf(strongIntroductions);
        this.weakIntroductions = List.copyOf(weakIntroductions);
        this.titles = List.copyOf(titles);
        this.relations = List.copyOf(relations);
        this.signOffs = List.copyOf(signOffs);
        this.placeIntroductions = List.copyOf(placeIntroductions);
    }

    public static DeidLexicon load(String resource) {
        return PolicyDocuments.readJson(resource, DeidLexicon.class);
    }

    private static Set<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public String version() {
        return version;
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isNotName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT));
    }

    public List<String> greetings() {
        return greetings;
    }

    public List<String> strongIntroductions() {
        return strongIntroductions;
    }

    public List<String> weakIntroductions() {
        return weakIntroductions;
    }

    public List<String> titles() {
        return titles;
    }

    public List<String> relations() {
        return relations;
    }

    public List<String> signOffs() {
        return signOffs;
    }

    public List<String> placeIntroductions() {
        return placeIntroductions;
    }
}
