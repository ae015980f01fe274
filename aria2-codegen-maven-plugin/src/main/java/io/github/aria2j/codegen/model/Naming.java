package io.github.aria2j.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Java names from wire names, and the checks that a name is usable in Java source.
 *
 * <p>Words are split at every character that is not a letter or digit ({@code -}, {@code .}, {@code _},
 * ...) and where a lower-case letter or digit is followed by an upper-case letter. An upper-case run
 * stays one word ({@code getURIs} is {@code get} + {@code URIs}): splitting inside acronyms guesses wrong
 * as often as right, and a schema can always give an explicit {@code javaName}.
 */
public final class Naming {

    /** Reserved keywords of Java 17, including {@code _}, plus the literals {@code true}, {@code false}, {@code null}. */
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "_", "true", "false", "null");

    /** Restricted identifiers (JLS 3.9): legal for members and variables, never as a type's name. */
    private static final Set<String> RESTRICTED_IDENTIFIERS = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * Methods of {@code java.lang.Object}: a record component, or a generated method, with one of these
     * names would clash with (or be forbidden next to) the inherited one.
     */
    private static final Set<String> OBJECT_METHODS = Set.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    /** ASCII only and without {@code $}: generated names must read the same everywhere. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ENUM_VALUE_AS_CONSTANT = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private Naming() {
    }

    /**
     * The words of a name: {@code max-concurrent-downloads} gives max, concurrent, downloads.
     *
     * @param name a wire or Java name
     * @return the words, in order
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
                continue;
            }
            if (Character.isUpperCase(c) && word.length() > 0) {
                char previous = word.charAt(word.length() - 1);
                if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
                    flush(words, word);
                }
            }
            word.append(c);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * {@code max-concurrent-downloads} gives {@code maxConcurrentDownloads}; the first word is lower-cased.
     *
     * @param name a wire or Java name
     * @return the name in camel case
     */
    public static String camelCase(String name) {
        List<String> words = words(name);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            result.append(i == 0 ? words.get(i).toLowerCase(Locale.ROOT) : capitalized(words.get(i)));
        }
        return result.toString();
    }

    /**
     * {@code bt-download-complete} gives {@code BtDownloadComplete}.
     *
     * @param name a wire or Java name
     * @return the name in Pascal case
     */
    public static String pascalCase(String name) {
        StringBuilder result = new StringBuilder();
        words(name).forEach(word -> result.append(capitalized(word)));
        return result.toString();
    }

    /**
     * {@code maxConcurrentDownloads} or {@code max-concurrent-downloads} gives {@code MAX_CONCURRENT_DOWNLOADS}.
     *
     * @param name a wire or Java name
     * @return the name in upper snake case
     */
    public static String upperSnake(String name) {
        return String.join("_", words(name)).toUpperCase(Locale.ROOT);
    }

    /**
     * First letter upper-case; the rest kept as is, unless the word is all capitals ({@code SET} gives
     * {@code Set}, {@code URIs} stays {@code URIs}).
     */
    private static String capitalized(String word) {
        String rest = word.substring(1);
        if (rest.equals(rest.toUpperCase(Locale.ROOT))) {
            rest = rest.toLowerCase(Locale.ROOT);
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + rest;
    }

    /**
     * The Java method name of an RPC method: the part after the namespace, in camel case
     * ({@code aria2.addUri} gives {@code addUri}, {@code system.listMethods} gives {@code listMethods}).
     *
     * @param wireName the method's wire name
     * @return the Java method name
     */
    public static String methodName(String wireName) {
        return camelCase(wireName.substring(wireName.lastIndexOf('.') + 1));
    }

    /**
     * The Java type name of a notification: the part after the namespace without its {@code on} prefix
     * ({@code aria2.onBtDownloadComplete} gives {@code BtDownloadComplete}).
     *
     * @param wireName the notification's wire name
     * @return the Java type name
     */
    public static String notificationName(String wireName) {
        String local = wireName.substring(wireName.lastIndexOf('.') + 1);
        if (local.length() > 2 && local.startsWith("on") && Character.isUpperCase(local.charAt(2))) {
            local = local.substring(2);
        }
        return pascalCase(local);
    }

    /**
     * The constant an enum value gets without an explicit {@code javaName}, by the schema format's rule:
     * upper-case it and replace {@code -} and {@code .} with {@code _} ({@code TLSv1.2} gives
     * {@code TLSV1_2}). Empty when that rule gives no identifier (e.g. {@code 0}): the schema must then
     * give a {@code javaName}.
     *
     * @param wireValue the value on the wire
     * @return the constant's name, or empty when the schema must give one
     */
    public static Optional<String> enumConstantName(String wireValue) {
        if (!ENUM_VALUE_AS_CONSTANT.matcher(wireValue).matches()) {
            return Optional.empty();
        }
        return Optional.of(wireValue.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_'));
    }

    /**
     * Whether {@code name} is a Java keyword, {@code _}, or one of the literals {@code true}, {@code false}, {@code null}.
     *
     * @param name a candidate identifier
     * @return whether it is reserved
     */
    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /**
     * Whether {@code name} is a restricted identifier ({@code var}, {@code yield}, {@code record}, {@code sealed}, {@code permits}).
     *
     * @param name a candidate identifier
     * @return whether it is restricted
     */
    public static boolean isRestrictedIdentifier(String name) {
        return RESTRICTED_IDENTIFIERS.contains(name);
    }

    /**
     * Whether {@code name} is the name of a method of {@code java.lang.Object}.
     *
     * @param name a candidate method name
     * @return whether {@code Object} has a method of that name
     */
    public static boolean isObjectMethodName(String name) {
        return OBJECT_METHODS.contains(name);
    }

    /**
     * Whether {@code name} can name a method, field, parameter or constant: an identifier, not a keyword.
     *
     * @param name a candidate identifier
     * @return whether it can name a member
     */
    public static boolean isValidMemberName(String name) {
        return IDENTIFIER.matcher(name).matches() && !isKeyword(name);
    }

    /**
     * Whether {@code name} can name a class, record, enum or interface: a member name, not restricted.
     *
     * @param name a candidate identifier
     * @return whether it can name a type
     */
    public static boolean isValidTypeName(String name) {
        return isValidMemberName(name) && !isRestrictedIdentifier(name);
    }

    /**
     * Why {@code name} cannot be a Java member name, or empty when it can; for messages such as
     * {@code 'continue' is a Java keyword}.
     *
     * @param name a candidate identifier
     * @return the reason, or empty when the name is usable
     */
    public static Optional<String> whyInvalidMemberName(String name) {
        if (isKeyword(name)) {
            return Optional.of("'" + name + "' is a Java keyword");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a Java identifier");
        }
        return Optional.empty();
    }

    /**
     * Like {@link #whyInvalidMemberName(String)}, also rejecting restricted identifiers.
     *
     * @param name a candidate identifier
     * @return the reason, or empty when the name is usable
     */
    public static Optional<String> whyInvalidTypeName(String name) {
        if (isRestrictedIdentifier(name)) {
            return Optional.of("'" + name + "' is a restricted identifier, which cannot name a type");
        }
        return whyInvalidMemberName(name);
    }
}
