package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.rpc.RpcMethod;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Computes which aria2 methods the protocol tests exercise, from their {@link Covers}
 * annotations (which {@link MockAria2} checks against the requests each test really sent), and
 * compares them with the generated client's methods.
 */
class MethodCoverageTest {

  /** The protocol test classes, one per family of methods. */
  static final List<Class<?>> PROTOCOL_TESTS =
      List.of(
          AddingDownloadsTest.class,
          DownloadControlTest.class,
          StatusQueriesTest.class,
          OptionMethodsTest.class,
          GlobalAndSessionTest.class,
          SystemMethodsTest.class,
          ClientErrorsTest.class);

  /** The names of the methods the generated client calls: its {@link Aria2Methods} constants. */
  static Set<String> clientMethodNames() {
    Set<String> names = new TreeSet<>();
    for (Field field : Aria2Methods.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == RpcMethod.class) {
        try {
          names.add(((RpcMethod<?>) field.get(null)).name());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return names;
  }

  /** The methods the protocol tests declare, and so (as MockAria2 checks) call. */
  static Set<String> coveredMethodNames() {
    return PROTOCOL_TESTS.stream()
        .flatMap(test -> Arrays.stream(test.getDeclaredMethods()))
        .map(method -> method.getAnnotation(Covers.class))
        .filter(covers -> covers != null)
        .flatMap(covers -> Arrays.stream(covers.value()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  @DisplayName("the generated client has the 36 methods aria2 1.36 lists, no more, no fewer")
  void clientHasEveryAria2Method() {
    List<String> listed =
        ValueReaders.fromJson(
            ReplyFiles.liveResult("listMethods"), ValueReaders.listOf(ValueReaders.STRING));

    assertThat(clientMethodNames()).hasSize(36).containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  @DisplayName("the protocol tests cover all 36 methods of the generated client")
  void everyMethodIsCovered() {
    Set<String> uncovered = new TreeSet<>(clientMethodNames());
    uncovered.removeAll(coveredMethodNames());

    assertThat(uncovered).as("methods without a protocol test").isEmpty();
    assertThat(coveredMethodNames()).as("covered methods").hasSize(36);
  }

  @Test
  @DisplayName("every Aria2Client method named after an aria2 method is covered")
  void everyAria2ClientRpcMethodIsCovered() {
    Set<String> rpcNames = clientMethodNames();
    Set<String> clientMethods = new TreeSet<>();
    for (Method method : Aria2Client.class.getMethods()) {
      String rpcName =
          (method.getName().equals("multicall")
                  || method.getName().startsWith("list")
                  ? "system."
                  : "aria2.")
              + method.getName();
      if (rpcNames.contains(rpcName)) {
        clientMethods.add(rpcName);
      }
    }

    assertThat(clientMethods).as("Aria2Client's RPC methods").hasSize(36);
    assertThat(coveredMethodNames()).containsAll(clientMethods);
  }
}
