package io.github.aria2j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.runtime.Aria2Exception;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the method matrix really did: for each path and RPC method, whether a call through the generated client
 * returned and passed its checks (success), and whether a call failed with the expected typed exception (error).
 * Outcomes are recorded only after the checks pass, and only if the path's client saw a call of the method itself,
 * so the figures count calls that happened, not cases that were written.
 */
final class MethodMatrix {

    enum Outcome { SUCCESS, ERROR }

    /**
     * aria2 error replies whose kind the client does not recognise yet, or whose message the schema does not declare
     * for the method. Each must have been seen live; the matrix accepts the current kind (and the missing
     * declaration) so that the run stays green, and prints every one it meets, so that they stay visible until the
     * schema and the runtime's RpcErrorClassifier learn them. Empty now: the schema declares every error the matrix
     * meets and the classifier knows them all (the last ones were addTorrent's "Bencode decoding failed",
     * addMetalink's "Could not parse Metalink XML document." and the negative num of tellWaiting and tellStopped).
     */
    record KnownGap(String method, String messagePrefix, RpcErrorKind expectedKind, RpcErrorKind currentKind,
            boolean undeclaredInSchema) {}

    static final List<KnownGap> KNOWN_GAPS = List.of();

    private final ConformanceSchema schema = ConformanceSchema.load();
    private final SortedSet<String> methods;
    private final Map<String, Map<String, Set<Outcome>>> outcomes = new ConcurrentHashMap<>();
    private final Set<String> gapsSeen = ConcurrentHashMap.newKeySet();
    private final Map<String, String> errorsSeen = new ConcurrentHashMap<>();

    MethodMatrix(SortedSet<String> methods) {
        this.methods = methods;
    }

    /** Calls {@code method} on {@code path}, checks the result, and records a success. */
    <T> T success(ClientPath path, Aria2Client client, String method, Function<Aria2Client, T> call,
            Consumer<? super T> check) {
        ClientPath.takeCalls();
        T result = call.apply(client);
        assertCalled(method);
        check.accept(result);
        record(path, method, Outcome.SUCCESS);
        return result;
    }

    /** Calls {@code method} on {@code path}, expects a typed failure, checks it, and records an error. */
    void error(ClientPath path, Aria2Client client, String method, Consumer<Aria2Client> call,
            Consumer<? super Aria2Exception> check) {
        ClientPath.takeCalls();
        Aria2Exception failure = null;
        try {
            call.accept(client);
        } catch (Aria2Exception e) {
            failure = e;
        }
        assertCalled(method);
        if (failure == null) {
            fail(method + " on " + path + " returned, but an error was expected");
        }
        check.accept(failure);
        errorsSeen.putIfAbsent(method, describe(failure));
        record(path, method, Outcome.ERROR);
    }

    /** For system.multicall, whose failing entries come back inside the result: the result is the error. */
    <T> void errorInResult(ClientPath path, Aria2Client client, String method, Function<Aria2Client, T> call,
            Consumer<? super T> check) {
        ClientPath.takeCalls();
        T result = call.apply(client);
        assertCalled(method);
        check.accept(result);
        errorsSeen.putIfAbsent(method, "a fault entry in the result: " + result);
        record(path, method, Outcome.ERROR);
    }

    /** Records an outcome confirmed later, such as aria2 exiting after a shutdown call that was answered. */
    void record(ClientPath path, String method, Outcome outcome) {
        outcomes.computeIfAbsent(path.name(), key -> new ConcurrentHashMap<>())
                .computeIfAbsent(method, key -> ConcurrentHashMap.newKeySet())
                .add(outcome);
    }

    /**
     * The check of an aria2 error reply: code 1, the kind, aria2's exact message, and that the schema declares the
     * message for the method (with the {@link #KNOWN_GAPS} allowed and noted).
     */
    Consumer<Aria2Exception> rpcError(String method, RpcErrorKind kind, String message) {
        return failure -> {
            assertThat(failure).isInstanceOf(Aria2RpcException.class);
            Aria2RpcException e = (Aria2RpcException) failure;
            assertThat(e.code()).as("code of %s", method).isEqualTo(1);
            assertThat(e.serverMessage()).as("message of %s", method).isEqualTo(message);
            assertThat(e.method()).as("method named by the exception").isEqualTo(method);
            KnownGap gap = KNOWN_GAPS.stream()
                    .filter(g -> g.method().equals(method) && message.startsWith(g.messagePrefix()))
                    .findFirst().orElse(null);
            if (gap == null) {
                assertThat(e.kind()).as("kind of %s: %s", method, message).isEqualTo(kind);
                assertThat(schema.declaresError(method, message))
                        .as("the schema declares the error '%s' of %s", message, method).isTrue();
                return;
            }
            assertThat(e.kind()).as("kind of %s: %s (known gap)", method, message)
                    .isIn(gap.expectedKind(), gap.currentKind());
            gapsSeen.add(method + ": '" + message + "' is kind " + e.kind() + " (should be " + gap.expectedKind()
                    + ")" + (schema.declaresError(method, message) ? "" : "; not declared in the schema"));
        };
    }

    /** The methods that succeeded and failed as expected on every one of {@code paths}. */
    SortedSet<String> coveredOnAll(List<ClientPath> paths) {
        SortedSet<String> covered = new TreeSet<>();
        for (String method : methods) {
            boolean everywhere = paths.stream().allMatch(path -> outcomes
                    .getOrDefault(path.name(), Map.of())
                    .getOrDefault(method, Set.of())
                    .containsAll(EnumSet.allOf(Outcome.class)));
            if (everywhere) {
                covered.add(method);
            }
        }
        return covered;
    }

    /** One line per path and method that lacks an outcome. */
    List<String> missing(List<ClientPath> paths) {
        List<String> missing = new ArrayList<>();
        for (ClientPath path : paths) {
            for (String method : methods) {
                Set<Outcome> seen = outcomes.getOrDefault(path.name(), Map.of()).getOrDefault(method, Set.of());
                EnumSet<Outcome> lacking = EnumSet.allOf(Outcome.class);
                lacking.removeAll(seen);
                if (!lacking.isEmpty()) {
                    missing.add(path + " " + method + ": no " + lacking);
                }
            }
        }
        return missing;
    }

    /**
     * One line per method: the paths on which it succeeded and failed as expected, and the error it failed with.
     */
    List<String> table(List<ClientPath> paths) {
        List<String> lines = new ArrayList<>();
        for (String method : methods) {
            List<String> done = new ArrayList<>();
            for (ClientPath path : paths) {
                Set<Outcome> seen = outcomes.getOrDefault(path.name(), Map.of()).getOrDefault(method, Set.of());
                done.add(path + " " + (seen.contains(Outcome.SUCCESS) ? "ok" : "-") + "/"
                        + (seen.contains(Outcome.ERROR) ? "error" : "-"));
            }
            lines.add(method + ": " + String.join(", ", done) + "; error: "
                    + errorsSeen.getOrDefault(method, "(none)"));
        }
        return lines;
    }

    private static String describe(Aria2Exception failure) {
        if (failure instanceof Aria2RpcException e) {
            return e.kind() + " '" + e.serverMessage() + "'";
        }
        if (failure instanceof Aria2TransportException e) {
            return "transport " + e.kind();
        }
        return failure.getClass().getSimpleName();
    }

    SortedSet<String> gapsSeen() {
        return new TreeSet<>(gapsSeen);
    }

    private static void assertCalled(String method) {
        String javaName = method.substring(method.indexOf('.') + 1);
        assertThat(ClientPath.takeCalls()).as("client methods called for %s", method).contains(javaName);
    }
}
