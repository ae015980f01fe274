package io.github.aria2j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.events.EventSettings;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpcSettingsTest {

  private static final URI ENDPOINT = URI.create("http://127.0.0.1:6800/jsonrpc");

  @Test
  @DisplayName("only the endpoint is required; everything else has a default")
  void defaults() {
    RpcSettings settings = RpcSettings.builder().endpoint(ENDPOINT).build();

    assertThat(settings.endpoint()).isEqualTo(ENDPOINT);
    assertThat(settings.secret()).isEmpty();
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.sslContext()).isEmpty();
    assertThat(settings.maxRequestBytes()).isEqualTo(2 * 1024 * 1024);
    assertThat(settings.maxResponseBytes()).isEqualTo(64 * 1024 * 1024);
    assertThat(settings.executor()).isEmpty();
  }

  @Test
  @DisplayName("every setting can be set, and toBuilder carries them over")
  void everySetting() throws NoSuchAlgorithmException {
    SSLContext tls = SSLContext.getDefault();
    Executor executor = Runnable::run;
    RpcSettings settings =
        RpcSettings.builder()
            .endpoint(URI.create("https://aria2.lan:6801/jsonrpc"))
            .secret("s")
            .requestTimeout(Duration.ofMillis(1500))
            .connectTimeout(Duration.ofSeconds(2))
            .sslContext(tls)
            .maxRequestBytes(10)
            .maxResponseBytes(20)
            .executor(executor)
            .build();

    RpcSettings copy = settings.toBuilder().build();

    assertThat(copy.endpoint()).hasToString("https://aria2.lan:6801/jsonrpc");
    assertThat(copy.secret()).contains(Secret.of("s"));
    assertThat(copy.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(copy.sslContext()).containsSame(tls);
    assertThat(copy.maxRequestBytes()).isEqualTo(10);
    assertThat(copy.maxResponseBytes()).isEqualTo(20);
    assertThat(copy.executor()).containsSame(executor);
  }

  @Test
  @DisplayName("toString shows the settings with the secret masked")
  void toStringMasksSecret() {
    RpcSettings settings = RpcSettings.builder().endpoint(ENDPOINT).secret("hunter2").build();

    assertThat(settings)
        .hasToString(
            "RpcSettings{endpoint=http://127.0.0.1:6800/jsonrpc, secret=****,"
                + " requestTimeout=30 s, connectTimeout=10 s, sslContext=default,"
                + " maxRequestBytes=2097152, maxResponseBytes=67108864, executor=default,"
                + " pingInterval=30 s}");
  }

  @Test
  @DisplayName("an endpoint without a path gets aria2's /jsonrpc")
  void defaultPath() {
    RpcSettings settings =
        RpcSettings.builder().endpoint(URI.create("http://localhost:6800")).build();

    assertThat(settings.endpoint()).hasToString("http://localhost:6800/jsonrpc");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/jsonrpc                        | the endpoint must be an absolute URI such as"
            + " http://127.0.0.1:6800/jsonrpc",
        "mailto:aria2@example.org        | the endpoint must be an absolute URI such as"
            + " http://127.0.0.1:6800/jsonrpc",
        "ftp://host/jsonrpc              | the endpoint's scheme must be one of",
        "http:///jsonrpc                 | the endpoint has no host",
        "http://user:pw@host/jsonrpc     | the endpoint must not contain user information;"
            + " give aria2's secret as the secret",
        "http://host/jsonrpc#x           | the endpoint must not have a fragment"
      })
  @DisplayName("unusable endpoints are rejected with a clear message that never repeats the URI")
  void badEndpoints(String uri, String message) {
    assertThatThrownBy(() -> RpcSettings.builder().endpoint(URI.create(uri)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("pw");
  }

  @Test
  @DisplayName("timeouts must be at least one millisecond")
  void badTimeouts() {
    RpcSettings.Builder builder = RpcSettings.builder();

    assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestTimeout must be at least 1 ms, was PT0S");
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ofNanos(999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout must be at least 1 ms, was PT0.000000999S");
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("requestTimeout is too long");
  }

  @Test
  @DisplayName("size limits must be positive")
  void badSizes() {
    assertThatThrownBy(() -> RpcSettings.builder().maxRequestBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRequestBytes must be positive, was 0");
    assertThatThrownBy(() -> RpcSettings.builder().maxResponseBytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be positive, was -1");
  }

  @Test
  @DisplayName("building without an endpoint says what is missing")
  void endpointRequired() {
    assertThatThrownBy(() -> RpcSettings.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an endpoint is required, such as http://127.0.0.1:6800/jsonrpc");
  }

  @Test
  @DisplayName("the secret can be removed again")
  void secretCleared() {
    RpcSettings settings =
        RpcSettings.builder().endpoint(ENDPOINT).secret("s").secret((Secret) null).build();

    assertThat(settings.secret()).isEmpty();
  }

  @Test
  void pingIntervalIsThirtySecondsUnlessSetAndZeroTurnsPingsOff() {
    assertThat(RpcSettings.builder().endpoint(ENDPOINT).build().pingInterval())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(RpcSettings.builder().endpoint(ENDPOINT).pingInterval(Duration.ZERO)
        .build().pingInterval()).isZero();
    assertThatThrownBy(() -> RpcSettings.builder()
            .pingInterval(Duration.ofMillis(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pingInterval must be zero (off) or at least 10 ms, was PT0.005S");
  }

  @Test
  void eventSettingsAreKeptByToBuilder() {
    EventSettings events =
        EventSettings.DEFAULT.withPageSize(50);
    RpcSettings settings = RpcSettings.builder().endpoint(ENDPOINT).events(events).build();

    assertThat(settings.events()).isSameAs(events);
    assertThat(settings.toBuilder().build().events()).isSameAs(events);
    assertThat(RpcSettings.builder().endpoint(ENDPOINT).build().events())
        .isSameAs(EventSettings.DEFAULT);
  }
}
