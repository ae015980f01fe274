package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestFileServerTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private TestFileServer files;

  @BeforeEach
  void start() {
    files = TestFileServer.start();
  }

  @AfterEach
  void stop() {
    files.close();
  }

  @Test
  void servesWholeFilesAndLogsRequests() throws Exception {
    ServedFile file = files.addRandom("dir/data.bin", 10_000);

    HttpResponse<byte[]> response = get(file.uri(), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(file.content());
    assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(file.uri()).isEqualTo(URI.create("http://127.0.0.1:" + files.port() + "/dir/data.bin"));
    assertThat(files.requests("dir/data.bin"))
        .singleElement()
        .satisfies(request -> {
          assertThat(request.method()).isEqualTo("GET");
          assertThat(request.status()).isEqualTo(200);
          assertThat(request.range()).isEmpty();
        });
    assertThat(files.addRandom("other.bin", 10_000).content())
        .isEqualTo(files.addRandom("other.bin", 10_000).content())
        .isNotEqualTo(file.content());
  }

  @Test
  void answersRangeRequests() throws Exception {
    ServedFile file = files.add("text.txt", "0123456789".getBytes(StandardCharsets.US_ASCII));

    HttpResponse<byte[]> middle = get(file.uri(), "bytes=2-5");
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(new String(middle.body(), StandardCharsets.US_ASCII)).isEqualTo("2345");
    assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 2-5/10");

    assertThat(text(get(file.uri(), "bytes=7-"))).isEqualTo("789");
    assertThat(text(get(file.uri(), "bytes=-3"))).isEqualTo("789");
    assertThat(text(get(file.uri(), "bytes=8-100"))).isEqualTo("89");

    HttpResponse<byte[]> beyond = get(file.uri(), "bytes=10-");
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */10");

    HttpResponse<Void> head =
        http.send(
            HttpRequest.newBuilder(file.uri()).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.headers().firstValue("Content-Length")).hasValue("10");
    assertThat(files.requests("text.txt").get(0).range()).hasValue("bytes=2-5");
  }

  @Test
  void answers404ForUnknownNames() throws Exception {
    assertThat(get(files.uri("missing.bin"), null).statusCode()).isEqualTo(404);
    assertThat(files.requests()).extracting(FileRequest::status).containsExactly(404);
  }

  @Test
  void injectsStatusFailures() throws Exception {
    ServedFile file = files.addRandom("flaky.bin", 100);
    files.failWith("flaky.bin", 503, 2);

    assertThat(get(file.uri(), null).statusCode()).isEqualTo(503);
    assertThat(get(file.uri(), null).statusCode()).isEqualTo(503);
    assertThat(get(file.uri(), null).statusCode()).isEqualTo(200);

    files.failWith("flaky.bin", 500);
    assertThat(get(file.uri(), null).statusCode()).isEqualTo(500);
    assertThat(get(file.uri(), null).statusCode()).isEqualTo(500);
    files.heal("flaky.bin");
    assertThat(get(file.uri(), null).body()).isEqualTo(file.content());

    files.failWith("never-added.bin", 403);
    assertThat(get(files.uri("never-added.bin"), null).statusCode()).isEqualTo(403);
    assertThat(files.requests("flaky.bin"))
        .extracting(FileRequest::status)
        .containsExactly(503, 503, 200, 500, 500, 200);
  }

  @Test
  void closesTheConnectionAfterSomeBytes() throws Exception {
    ServedFile file = files.addRandom("cut.bin", 5000);
    files.closeAfter("cut.bin", 1234, 1);

    RawResponse cut = rawGet(file.uri());
    assertThat(cut.head()).startsWith("HTTP/1.1 200 OK").contains("Content-Length: 5000");
    assertThat(cut.body()).isEqualTo(Arrays.copyOf(file.content(), 1234));

    assertThat(rawGet(file.uri()).body()).isEqualTo(file.content()); // only the first was cut
    assertThatThrownBy(() -> {
          files.closeAfter("cut.bin", 10);
          get(file.uri(), null);
        })
        .isInstanceOf(IOException.class);
  }

  @Test
  void sendsSlowly() throws Exception {
    ServedFile file = files.addRandom("slow.bin", 200_000);
    files.slow("slow.bin", 10_000); // 20 seconds for the whole file

    RawResponse partial = rawGet(file.uri(), 1000);
    assertThat(partial.head()).contains("Content-Length: 200000");
    assertThat(partial.body().length).isPositive().isLessThan(file.size());
    assertThat(partial.body()).isEqualTo(Arrays.copyOf(file.content(), partial.body().length));

    ServedFile small = files.addRandom("small.bin", 2000);
    files.slow("small.bin", 20_000);
    assertThat(get(small.uri(), null).body()).isEqualTo(small.content()); // slow but whole

    files.heal("slow.bin");
    assertThat(rawGet(file.uri(), 0).body()).isEqualTo(file.content());
  }

  @Test
  void rejectsBadNames() {
    assertThatThrownBy(() -> files.add("/abs", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.add("", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.failWith("x", 42)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.failWith("x", 500, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private HttpResponse<byte[]> get(URI uri, String range) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (range != null) {
      request.header("Range", range);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.US_ASCII);
  }

  private record RawResponse(String head, byte[] body) {}

  private static RawResponse rawGet(URI uri) throws IOException {
    return rawGet(uri, 0);
  }

  /** A GET on a fresh socket, read until the server closes it or (if not 0) the time is up. */
  private static RawResponse rawGet(URI uri, int readMillis) throws IOException {
    long deadline = System.nanoTime() + readMillis * 1_000_000L;
    try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
      socket.setSoTimeout(readMillis == 0 ? 0 : 100);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (readMillis == 0 || System.nanoTime() < deadline) {
        int n;
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException nothingYet) {
          continue;
        }
        if (n < 0) {
          break;
        }
        all.write(buffer, 0, n);
      }
      byte[] bytes = all.toByteArray();
      int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return new RawResponse(
          new String(bytes, 0, end, StandardCharsets.ISO_8859_1),
          Arrays.copyOfRange(bytes, end + 4, bytes.length));
    }
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= bytes.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no end of headers");
  }
}
