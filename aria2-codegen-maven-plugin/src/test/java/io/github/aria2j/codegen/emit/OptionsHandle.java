package io.github.aria2j.codegen.emit;

import io.github.aria2j.runtime.json.ValueWriters;
import io.github.aria2j.runtime.options.AbstractOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A generated builder, compiled at test time, driven by reflection: {@code call("split", 4L)} finds the public
 * setter of that name whose parameters take the arguments. Exceptions of the setters come out unwrapped.
 */
final class OptionsHandle {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(long.class, Long.class, int.class, Integer.class,
            double.class, Double.class, boolean.class, Boolean.class);

    private final Object builder;

    private OptionsHandle(Object builder) {
        this.builder = builder;
    }

    /** A new builder of the option set {@code simpleName} ({@code AddOptions}, ...) in the options package. */
    static OptionsHandle builder(ClassLoader loader, String simpleName) {
        return new OptionsHandle(invoke(null, method(type(loader, simpleName), "builder"), new Object[0]));
    }

    /** The class of a generated type in the options package. */
    static Class<?> type(ClassLoader loader, String simpleName) {
        try {
            return Class.forName(OptionsFixtures.BASE_PACKAGE + ".options." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + simpleName, e);
        }
    }

    /** A constant of a generated option-value enum. */
    static Object constant(ClassLoader loader, String enumName, String constant) {
        return Arrays.stream(type(loader, enumName).getEnumConstants())
                .filter(value -> ((Enum<?>) value).name().equals(constant)).findFirst().orElseThrow();
    }

    /** Calls a setter; it must return the builder. */
    OptionsHandle call(String name, Object... args) {
        Method setter = Arrays.stream(builder.getClass().getMethods())
                .filter(method -> method.getName().equals(name) && accepts(method.getParameterTypes(), args))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no setter " + name + Arrays.toString(args)));
        Object result = invoke(builder, setter, args);
        if (result != builder) {
            throw new AssertionError(name + " did not return its builder");
        }
        return this;
    }

    /** Calls a varargs setter such as {@code header(String...)}. */
    OptionsHandle callVarargs(String name, String... values) {
        return call(name, new Object[] {values});
    }

    /** Builds the option set. */
    AbstractOptions build() {
        return (AbstractOptions) invoke(builder, method(builder.getClass(), "build"), new Object[0]);
    }

    /** The wire form of the built option set. */
    String json() {
        return ValueWriters.toJson(build(), AbstractOptions.writer());
    }

    /** The names of the public setters of a builder class, without {@code build} and {@code option}. */
    static List<String> setterNames(Class<?> optionSet) {
        Class<?> builder = method(optionSet, "builder").getReturnType();
        return Arrays.stream(builder.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.equals("build") && !name.equals("option"))
                .distinct()
                .sorted()
                .toList();
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> type = BOXES.getOrDefault(types[i], types[i]);
            if (args[i] != null && !type.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name)
                && method.getParameterCount() == 0).findFirst().orElseThrow();
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
