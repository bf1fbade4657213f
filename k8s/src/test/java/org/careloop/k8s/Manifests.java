package org.careloop.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A stream of Kubernetes objects as plain maps and lists, read with SnakeYAML's safe constructor. */
record Manifests(List<Map<String, Object>> objects) {

    static Manifests parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                objects.add(Tree.map(document));
            }
        }
        return new Manifests(objects);
    }

    static Manifests read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(nameOf(o)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the manifests"));
    }

    static String nameOf(Map<String, Object> object) {
        return Objects.toString(Tree.map(object.get("metadata")).get("name"), "?");
    }
}
