package io.github.aria2j.runtime.internal.json;

import java.nio.charset.StandardCharsets;

/** Readers over test documents; single quotes stand for double quotes to keep tests legible. */
final class JsonInputs {

  private JsonInputs() {}

  static JacksonJsonIn in(String json) {
    return JacksonJson.reader(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }
}
