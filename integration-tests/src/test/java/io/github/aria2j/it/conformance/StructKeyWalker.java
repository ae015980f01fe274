package io.github.aria2j.it.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks a raw aria2 reply (the maps and lists of {@code Aria2Client.call}) along the schema type it should have,
 * recursively ({@code files[].uris[]}, {@code bittorrent.info}, {@code servers[].servers[]}), and compares each key
 * aria2 sent with the keys the schema declares for that struct. It collects the keys seen per struct and every key
 * the schema does not know, with where it was seen.
 */
final class StructKeyWalker {

    private final Map<String, Map<String, String>> structs;
    private final SortedMap<String, Set<String>> seen = new TreeMap<>();
    private final List<String> unmapped = new ArrayList<>();

    StructKeyWalker(Map<String, Map<String, String>> structs) {
        this.structs = structs;
    }

    /** Walks {@code reply}, which should be of schema type {@code type}; {@code where} names the call. */
    void walk(Object reply, String type, String where) {
        if (type.startsWith("list<") && type.endsWith(">")) {
            String element = type.substring("list<".length(), type.length() - 1);
            if (!(reply instanceof List<?> list)) {
                unmapped.add(type + ": expected a JSON array, got " + describe(reply) + " (seen in " + where + ")");
                return;
            }
            list.forEach(item -> walk(item, element, where));
            return;
        }
        Map<String, String> fields = structs.get(type);
        if (fields == null) {
            return; // a scalar or an enum: nothing inside to compare
        }
        if (!(reply instanceof Map<?, ?> map)) {
            unmapped.add("struct " + type + ": expected a JSON object, got " + describe(reply) + " (seen in " + where
                    + ")");
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String fieldType = fields.get(key);
            if (fieldType == null) {
                unmapped.add("struct " + type + ": unmapped key " + key + " (seen in " + where + ")");
                continue;
            }
            seen.computeIfAbsent(type, name -> new TreeSet<>()).add(key);
            walk(entry.getValue(), fieldType, where);
        }
    }

    /** Struct name to the keys aria2 sent for it. */
    SortedMap<String, Set<String>> seen() {
        return seen;
    }

    int keysSeen() {
        return seen.values().stream().mapToInt(Set::size).sum();
    }

    /** The declared keys of each seen struct that no reply carried. */
    SortedMap<String, Set<String>> declaredButNotSeen() {
        SortedMap<String, Set<String>> missing = new TreeMap<>();
        seen.forEach((struct, keys) -> {
            Set<String> rest = new TreeSet<>(structs.get(struct).keySet());
            rest.removeAll(keys);
            if (!rest.isEmpty()) {
                missing.put(struct, rest);
            }
        });
        return missing;
    }

    /** The problems found, one line each, without duplicates. */
    List<String> unmapped() {
        return List.copyOf(new TreeSet<>(unmapped));
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
