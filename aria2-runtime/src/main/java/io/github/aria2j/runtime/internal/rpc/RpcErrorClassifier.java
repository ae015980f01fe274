package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.RpcErrorKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the cause of an aria2 error reply from its code and message.
 *
 * <p>aria2 answers every method error with code 1, so the message text is all there is. The
 * texts are those of aria2 1.36/1.37 ({@code RpcMethodImpl.cc}, {@code RpcMethod.cc}), as listed
 * under {@code methods[].errors} in the project's schema. Groups named {@code gid} and {@code
 * option} capture the GID and option name.
 */
public final class RpcErrorClassifier {

  private static final String GID = "(?<gid>[^\\s]+)";

  private record Rule(Pattern pattern, RpcErrorKind kind, boolean hasGid, boolean hasOption) {}

  private static final List<Rule> RULES =
      List.of(
          rule("Unauthorized", RpcErrorKind.UNAUTHORIZED),
          rule("GID " + GID + " is not found", RpcErrorKind.GID_NOT_FOUND),
          rule("No such download for GID#" + GID, RpcErrorKind.GID_NOT_FOUND),
          rule("Cannot get option for GID#" + GID, RpcErrorKind.GID_NOT_FOUND),
          rule("No file data is available for GID#" + GID, RpcErrorKind.GID_NOT_FOUND),
          rule("GID " + GID + " is not unique\\.?", RpcErrorKind.GID_NOT_UNIQUE),
          rule("Invalid GID " + GID, RpcErrorKind.INVALID_GID),
          rule("(?:" + GID + " )?is invalid for GID\\.", RpcErrorKind.INVALID_GID),
          rule(
              "We encountered a problem while processing the option '--(?<option>[^']+)'\\.",
              RpcErrorKind.INVALID_OPTION),
          rule("GID#" + GID + " cannot be (?:paused|unpaused|removed) now",
              RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("Cannot change option for GID#" + GID, RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("Cannot remove URIs from GID#" + GID, RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("Active Download not found for GID#" + GID, RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("No active download for GID#" + GID, RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("No (?:URI|peer) data is available for GID#" + GID,
              RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("Could not remove download result of GID#" + GID,
              RpcErrorKind.NOT_CHANGEABLE_NOW),
          rule("No such method: .*", RpcErrorKind.NO_SUCH_METHOD),
          rule("The parameter at \\d+ (?:has wrong type|is required)\\.",
              RpcErrorKind.INVALID_PARAMS),
          rule("Illegal argument\\.", RpcErrorKind.INVALID_PARAMS),
          rule("Position must be greater than or equal to 0\\.", RpcErrorKind.INVALID_PARAMS),
          rule("URI is not provided\\.", RpcErrorKind.INVALID_PARAMS),
          rule("No URI to download\\.", RpcErrorKind.INVALID_PARAMS),
          rule("The integer parameter at \\d+ has invalid value: .*", RpcErrorKind.INVALID_PARAMS),
          rule("Bencode decoding failed", RpcErrorKind.INVALID_PARAMS),
          rule("Missing \\S+ in torrent metainfo\\.", RpcErrorKind.INVALID_PARAMS),
          rule("torrent file does not contain a root dictionary\\.", RpcErrorKind.INVALID_PARAMS),
          rule("No such file with index=\\d+", RpcErrorKind.INVALID_PARAMS),
          rule("Could not parse Metalink XML document\\.", RpcErrorKind.INVALID_PARAMS),
          rule("fileIndex is out of range", RpcErrorKind.INVALID_PARAMS),
          rule("Missing methodName\\.", RpcErrorKind.INVALID_PARAMS),
          rule("system\\.multicall expected struct\\.", RpcErrorKind.INVALID_PARAMS),
          rule("Recursive system\\.multicall forbidden\\.", RpcErrorKind.INVALID_PARAMS));

  private RpcErrorClassifier() {}

  private static Rule rule(String regex, RpcErrorKind kind) {
    return new Rule(
        Pattern.compile(regex), kind, regex.contains("(?<gid>"), regex.contains("(?<option>"));
  }

  /**
   * Recognises an error reply.
   *
   * @param code the error object's code
   * @param message the error object's message
   * @return the kind, with the GID or option name when the message names one
   */
  public static RpcErrorMatch classify(int code, String message) {
    switch (code) {
      case -32700:
        return new RpcErrorMatch(RpcErrorKind.PARSE_ERROR, null, null);
      case -32600:
        return new RpcErrorMatch(RpcErrorKind.INVALID_REQUEST, null, null);
      case -32601:
        return new RpcErrorMatch(RpcErrorKind.NO_SUCH_METHOD, null, null);
      case -32602:
        return new RpcErrorMatch(RpcErrorKind.INVALID_PARAMS, null, null);
      default:
        return classifyMessage(message == null ? "" : message.strip());
    }
  }

  private static RpcErrorMatch classifyMessage(String message) {
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(message);
      if (matcher.matches()) {
        return new RpcErrorMatch(
            rule.kind(),
            rule.hasGid() ? matcher.group("gid") : null,
            rule.hasOption() ? matcher.group("option") : null);
      }
    }
    return new RpcErrorMatch(RpcErrorKind.OTHER, null, null);
  }
}
