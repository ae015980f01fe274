package io.github.aria2j.runtime.internal.rpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the secret where {@code system.multicall} needs it: first in each entry's {@code params}.
 * aria2 checks the token of every nested call and rejects one on the multicall itself.
 *
 * <p>An entry whose params already start with a {@code "token:…"} string keeps it: the caller
 * chose that entry's token.
 */
final class MulticallTokens {

  static final String MULTICALL = "system.multicall";

  private MulticallTokens() {}

  /**
   * Copies multicall params {@code [[{methodName, params}, …]]} with the token first in each
   * entry's params; the caller's maps and lists stay as they are.
   *
   * @param params the multicall's params: one list of entries
   * @param tokenParam {@code "token:<secret>"}, or {@code null} without a secret (the shape is
   *     still checked)
   * @throws IllegalArgumentException if the params are not one list of maps whose params are lists
   */
  static List<?> withEntryTokens(List<?> params, String tokenParam) {
    if (params.size() != 1 || !(params.get(0) instanceof Collection)) {
      throw new IllegalArgumentException(
          MULTICALL + ": expected one parameter, the list of calls, but got " + describe(params));
    }
    List<Object> entries = new ArrayList<>();
    int index = 0;
    for (Object entry : (Collection<?>) params.get(0)) {
      if (!(entry instanceof Map)) {
        throw new IllegalArgumentException(
            MULTICALL + ": call " + index + " must be a map with methodName and params, not "
                + describe(entry));
      }
      entries.add(withToken((Map<?, ?>) entry, index, tokenParam));
      index++;
    }
    return List.of(entries);
  }

  private static Map<?, ?> withToken(Map<?, ?> entry, int index, String tokenParam) {
    Object entryParams = entry.get("params");
    if (entryParams != null && !(entryParams instanceof Collection)) {
      throw new IllegalArgumentException(
          MULTICALL + ": the params of call " + index + " must be a list, not "
              + describe(entryParams));
    }
    if (tokenParam == null || startsWithToken((Collection<?>) entryParams)) {
      return entry;
    }
    Map<Object, Object> copy = new LinkedHashMap<>(entry);
    List<Object> withToken = new ArrayList<>();
    withToken.add(tokenParam);
    if (entryParams != null) {
      withToken.addAll((Collection<?>) entryParams);
    }
    copy.put("params", withToken);
    return copy;
  }

  private static boolean startsWithToken(Collection<?> entryParams) {
    if (entryParams == null || entryParams.isEmpty()) {
      return false;
    }
    Object first = entryParams.iterator().next();
    return first instanceof String && ((String) first).startsWith("token:");
  }

  /** Names a value's type only: the value itself may hold credentials. */
  static String describe(Object value) {
    if (value instanceof Collection) {
      return "a list of " + ((Collection<?>) value).size() + " elements";
    }
    return value == null ? "null" : "a " + value.getClass().getSimpleName();
  }
}
