package org.careloop.k8s;

import java.util.List;
import java.util.Map;

/** Typed steps through a parsed YAML tree, where a missing node is an empty map or list. */
final class Tree {

    private Tree() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The map at a path of keys, or an empty map. */
    static Map<String, Object> at(Map<String, Object> root, String... keys) {
        Map<String, Object> node = root;
        for (String key : keys) {
            node = map(node.get(key));
        }
        return node;
    }
}
