package io.github.aria2j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodecsTest {

  /** A reader shaped like a generated codec, for an object whose "uri" is always present. */
  private static final ValueReader<String> URI_OBJECT =
      in -> {
        String uri = null;
        in.beginObject();
        for (String key = in.nextKey(); key != null; key = in.nextKey()) {
          if (key.equals("uri")) {
            uri = in.readString();
          } else {
            in.skipValue();
          }
        }
        return Codecs.require(uri, "uri", in);
      };

  @Test
  @DisplayName("require passes a present value through")
  void present() {
    assertThat(ValueReaders.fromJson("{\"uri\":\"http://a\"}", URI_OBJECT)).isEqualTo("http://a");
  }

  @Test
  @DisplayName("require names the missing key and the path of the object that lacks it")
  void missing() {
    String json = "{\"files\":[{\"uri\":\"a\"},{\"status\":\"used\"}]}";
    ValueReader<List<String>> files =
        in -> {
          in.beginObject();
          in.nextKey();
          List<String> list = ValueReaders.listOf(URI_OBJECT).read(in);
          in.nextKey();
          return list;
        };

    assertThatThrownBy(() -> ValueReaders.fromJson(json, files))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("missing key \"uri\" at $.files[1]");
  }
}
