package io.github.aria2j.runtime.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.json.ValueReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** aria2's error texts, as its 1.36/1.37 sources write them, mapped to kinds. */
class RpcErrorClassifierTest {

  /** Texts that rightly have no kind of their own. */
  private static final Set<String> OTHER_TEXTS =
      Set.of("Failed to serialize session to '{path}'.", "Filename is not given.");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "-",
      value = {
        "Unauthorized | UNAUTHORIZED | -",
        "GID 2089b05ecca3d829 is not found | GID_NOT_FOUND | 2089b05ecca3d829",
        "No such download for GID#2089b05ecca3d829 | GID_NOT_FOUND | 2089b05ecca3d829",
        "Cannot get option for GID#2089b05ecca3d829 | GID_NOT_FOUND | 2089b05ecca3d829",
        "No file data is available for GID#2089b05ecca3d829 | GID_NOT_FOUND | 2089b05ecca3d829",
        "GID 2089 is not unique | GID_NOT_UNIQUE | 2089",
        "GID 2089b05ecca3d829 is not unique. | GID_NOT_UNIQUE | 2089b05ecca3d829",
        "Invalid GID xyz | INVALID_GID | xyz",
        "abc is invalid for GID. | INVALID_GID | abc",
        "` is invalid for GID.` | INVALID_GID | -",
        "GID#2089b05ecca3d829 cannot be paused now | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "GID#2089b05ecca3d829 cannot be unpaused now | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "GID#2089b05ecca3d829 cannot be removed now | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "Cannot change option for GID#2089b05ecca3d829 | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "Cannot remove URIs from GID#2089b05ecca3d829 | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "Active Download not found for GID#2089b05e | NOT_CHANGEABLE_NOW | 2089b05e",
        "No active download for GID#2089b05ecca3d829 | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "No URI data is available for GID#2089b05ecca3d829 | NOT_CHANGEABLE_NOW | 2089b05ecca3d829",
        "No peer data is available for GID#2089b05e | NOT_CHANGEABLE_NOW | 2089b05e",
        "Could not remove download result of GID#2089b05e | NOT_CHANGEABLE_NOW | 2089b05e",
        "No such method: aria2.frobnicate | NO_SUCH_METHOD | -",
        "The parameter at 1 has wrong type. | INVALID_PARAMS | -",
        "The parameter at 0 is required. | INVALID_PARAMS | -",
        "Illegal argument. | INVALID_PARAMS | -",
        "Position must be greater than or equal to 0. | INVALID_PARAMS | -",
        "URI is not provided. | INVALID_PARAMS | -",
        "No URI to download. | INVALID_PARAMS | -",
        "Bencode decoding failed | INVALID_PARAMS | -",
        "Missing info in torrent metainfo. | INVALID_PARAMS | -",
        "torrent file does not contain a root dictionary. | INVALID_PARAMS | -",
        "No such file with index=0 | INVALID_PARAMS | -",
        "Could not parse Metalink XML document. | INVALID_PARAMS | -",
        "`The integer parameter at 1 has invalid value: the value must be greater than or equal to"
            + " 0.` | INVALID_PARAMS | -",
        "fileIndex is out of range | INVALID_PARAMS | -",
        "Missing methodName. | INVALID_PARAMS | -",
        "system.multicall expected struct. | INVALID_PARAMS | -",
        "Recursive system.multicall forbidden. | INVALID_PARAMS | -",
        "Filename is not given. | OTHER | -",
        "Failed to serialize session to '/tmp/s'. | OTHER | -",
        "Something new in aria2 1.38 | OTHER | -"
      })
  @DisplayName("method errors (code 1) are told apart by their text")
  void methodErrors(String message, RpcErrorKind kind, String gid) {
    RpcErrorMatch match = RpcErrorClassifier.classify(1, message);

    assertThat(match.kind()).isEqualTo(kind);
    assertThat(match.gid()).isEqualTo(gid);
    assertThat(match.optionName()).isNull();
  }

  @Test
  @DisplayName("an invalid option value names the option without its dashes")
  void invalidOption() {
    RpcErrorMatch match =
        RpcErrorClassifier.classify(
            1,
            "We encountered a problem while processing the option '--max-connection-per-server'.");

    assertThat(match)
        .isEqualTo(
            new RpcErrorMatch(RpcErrorKind.INVALID_OPTION, null, "max-connection-per-server"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "-32700, Parse error., PARSE_ERROR",
    "-32600, Invalid Request., INVALID_REQUEST",
    "-32601, Method not found., NO_SUCH_METHOD",
    "-32602, Invalid params., INVALID_PARAMS"
  })
  @DisplayName("JSON-RPC protocol errors are told apart by their code")
  void protocolErrors(int code, String message, RpcErrorKind kind) {
    assertThat(RpcErrorClassifier.classify(code, message).kind()).isEqualTo(kind);
  }

  @Test
  @DisplayName("a text that only contains a known one is not mistaken for it")
  void wholeTextOnly() {
    assertThat(RpcErrorClassifier.classify(1, "Not Unauthorized at all").kind())
        .isEqualTo(RpcErrorKind.OTHER);
  }

  @Test
  @DisplayName("every error text in the project's schema has a kind, or is known to be OTHER")
  void schemaErrorsAllRecognised() throws IOException {
    Path schema = Path.of("..", "schema", "aria2-rpc.json");
    assumeTrue(Files.exists(schema), "the schema module is beside this one");
    Map<?, ?> document =
        (Map<?, ?>) ValueReaders.fromJson(Files.readAllBytes(schema), ValueReaders.ANY);
    Set<String> unrecognised = new TreeSet<>();
    for (Object method : (List<?>) document.get("methods")) {
      Object errors = ((Map<?, ?>) method).get("errors");
      for (Object error : errors == null ? List.of() : (List<?>) errors) {
        String template = (String) ((Map<?, ?>) error).get("message");
        String message =
            template.replace("{gid}", "2089b05ecca3d829").replace("{index}", "1")
                .replace("{key}", "info")
                .replace("{name}", "split").replace("{path}", "/tmp/s");
        if (RpcErrorClassifier.classify(1, message).kind() == RpcErrorKind.OTHER
            && !OTHER_TEXTS.contains(template)) {
          unrecognised.add(template);
        }
      }
    }

    assertThat(unrecognised).isEmpty();
  }
}
