package io.github.aria2j.it.conformance;

import io.github.aria2j.it.conformance.ConformanceSchema.Option;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.options.ChangeOptions;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.runtime.options.AbstractOptions;
import io.github.aria2j.runtime.options.InvalidOptionException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sets an option through the typed setter of a generated options builder ({@link GlobalOptions},
 * {@link ChangeOptions}, {@link AddOptions}), starting from the text aria2 would get on the wire. The text is turned
 * into the setter's own parameters the way a user would call it: {@code "5"} into {@code split(5L)}, {@code "1M"} into
 * {@code maxDownloadLimit("1M")}, {@code "inorder"} into {@code uriSelector(UriSelector.fromWire("inorder"))} (an
 * unknown value gives the enum's {@code UNKNOWN}), {@code "sha-1=abc"} into {@code checksum("sha-1", "abc")}. Text
 * that no call of the setter can produce (such as {@code "abc"} for a {@code long}) is {@link Kind#INEXPRESSIBLE}.
 */
final class TypedOptions {

    /** Where an option set goes: aria2.changeGlobalOption, aria2.changeOption or aria2.addUri. */
    enum Channel {
        GLOBAL("aria2.changeGlobalOption", GlobalOptions::builder),
        CHANGE("aria2.changeOption", ChangeOptions::builder),
        ADD("aria2.addUri", AddOptions::builder);

        final String method;
        private final Supplier<Object> builder;

        Channel(String method, Supplier<Object> builder) {
            this.method = method;
            this.builder = builder;
        }

        /** The channels of an option, from its scope in the schema. */
        static List<Channel> of(Option option) {
            return Arrays.stream(values()).filter(channel -> channel.accepts(option)).toList();
        }

        boolean accepts(Option option) {
            return switch (this) {
                case GLOBAL -> option.changeGlobalOption();
                case CHANGE -> option.changeOption();
                case ADD -> option.perDownload();
            };
        }

        /** Whether this channel's getter (getGlobalOption or getOption) returns the option. */
        boolean returns(Option option) {
            return this == GLOBAL ? option.returnedByGetGlobalOption() : option.returnedByGetOption();
        }
    }

    enum Kind { ACCEPTED, REJECTED, INEXPRESSIBLE }

    /** What the typed setter made of a value: the option set it built, or why it refused or could not take it. */
    record Verdict(Kind kind, AbstractOptions options, String detail) {

        /** The values the built set sends for {@code name}. */
        List<String> wire(String name) {
            return options == null ? List.of() : options.get(name);
        }
    }

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private TypedOptions() {
    }

    /** Sets {@code values} (one, or several for header and index-out) through the option's typed setter. */
    static Verdict set(Channel channel, Option option, List<String> values) {
        return set(channel, option, values, channel.builder.get());
    }

    /** As {@link #set(Channel, Option, List)}, adding to {@code builder}, which may hold other options already. */
    static Verdict set(Channel channel, Option option, List<String> values, Object builder) {
        try {
            for (String value : values) {
                String problem = apply(builder, option, value);
                if (problem != null) {
                    return new Verdict(Kind.INEXPRESSIBLE, null, problem);
                }
            }
            return new Verdict(Kind.ACCEPTED, (AbstractOptions) invoke(builder, find(builder, "build")), null);
        } catch (InvalidOptionException e) {
            return new Verdict(Kind.REJECTED, null, e.getMessage());
        }
    }

    /** A fresh builder of the channel, for callers that add options of their own first. */
    static Object builder(Channel channel) {
        return channel.builder.get();
    }

    /** Calls the setter for one value; returns why the value cannot be expressed, or null once set. */
    private static String apply(Object builder, Option option, String value) {
        String name = option.javaName();
        switch (option.kind()) {
            case "Boolean" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return "the setter takes a boolean";
                }
                invoke(builder, find(builder, name, boolean.class), Boolean.parseBoolean(value));
            }
            case "Number" -> {
                Long number = parseLong(value);
                if (number == null) {
                    return "the setter takes a long";
                }
                invoke(builder, find(builder, name, long.class), number);
            }
            case "Float" -> {
                Double number = parseDouble(value);
                if (number == null) {
                    return "the setter takes a double";
                }
                invoke(builder, find(builder, name, double.class), number);
            }
            case "Parameter" -> {
                Method setter = findByName(builder, name, 1);
                Object constant = invoke(null, find(setter.getParameterTypes()[0], "fromWire", String.class), value);
                invoke(builder, setter, constant);
            }
            case "Cumulative" -> invoke(builder, find(builder, name, String[].class), (Object) new String[] {value});
            case "IndexOut" -> {
                int equals = value.indexOf('=');
                Long index = equals < 0 ? null : parseLong(value.substring(0, equals));
                if (index == null || index != index.intValue()) {
                    return "the setter takes an int index and a path";
                }
                invoke(builder, find(builder, name, int.class, String.class), index.intValue(),
                        value.substring(equals + 1));
            }
            case "Checksum" -> {
                int equals = value.indexOf('=');
                if (equals < 0) {
                    return "the setter takes a hash type and a digest";
                }
                invoke(builder, find(builder, name, String.class, String.class), value.substring(0, equals),
                        value.substring(equals + 1));
            }
            case "OptimizeConcurrentDownloads" -> {
                if (value.equals("true") || value.equals("false")) {
                    invoke(builder, find(builder, name, boolean.class), Boolean.parseBoolean(value));
                    return null;
                }
                String[] ab = value.split(":", -1);
                if (ab.length != 2 || !DECIMAL.matcher(ab[0]).matches() || !DECIMAL.matcher(ab[1]).matches()) {
                    return "the setters take a boolean or two doubles";
                }
                invoke(builder, find(builder, name, double.class, double.class), Double.parseDouble(ab[0]),
                        Double.parseDouble(ab[1]));
            }
            // String, LocalFilePath, HttpProxy, IntegerRange, PrioritizePiece, and UnitNumber's String overload
            default -> invoke(builder, find(builder, name, String.class), value);
        }
        return null;
    }

    /** A decimal as C's strtod spells it; {@code inf} and {@code nan} are the double's infinity and NaN. */
    private static Double parseDouble(String value) {
        return switch (value) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> DECIMAL.matcher(value).matches() ? Double.parseDouble(value) : null;
        };
    }

    private static Long parseLong(String value) {
        if (!INTEGER.matcher(value).matches()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Method find(Object target, String name, Class<?>... parameterTypes) {
        return find(target.getClass(), name, parameterTypes);
    }

    private static Method find(Class<?> type, String name, Class<?>... parameterTypes) {
        try {
            return type.getMethod(name, parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("no typed setter " + type.getName() + "." + name
                    + Arrays.toString(parameterTypes), e);
        }
    }

    private static Method findByName(Object target, String name, int parameterCount) {
        return Arrays.stream(target.getClass().getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == parameterCount)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no typed setter " + target.getClass().getName() + "." + name));
    }

    private static Object invoke(Object target, Method method, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
