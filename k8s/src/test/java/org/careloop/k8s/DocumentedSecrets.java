package org.careloop.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets an operator must create, with their keys, as k8s/README.md's "Secrets" table lists them: a row starts with
 * the Secret's name in backticks and names its keys in backticks in the second column.
 */
record DocumentedSecrets(Map<String, Set<String>> keysBySecret) {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static DocumentedSecrets fromReadme(Path readme) throws IOException {
        return parse(Files.readAllLines(readme));
    }

    static DocumentedSecrets parse(List<String> lines) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## Secrets");
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                Matcher name = CODE.matcher(cells[1]);
                if (name.find() && cells.length > 2) {
                    Set<String> secretKeys = keys.computeIfAbsent(name.group(1), n -> new LinkedHashSet<>());
                    Matcher key = CODE.matcher(cells[2]);
                    while (key.find()) {
                        secretKeys.add(key.group(1));
                    }
                }
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no Secrets documented: k8s/README.md needs a '## Secrets' table");
        }
        return new DocumentedSecrets(keys);
    }

    boolean documents(String secret) {
        return keysBySecret.containsKey(secret);
    }

    boolean documents(String secret, String key) {
        return keysBySecret.getOrDefault(secret, Set.of()).contains(key);
    }
}
