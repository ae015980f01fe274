package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.WsPeer;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/** WebSocket over TLS against a self-signed certificate, as with aria2's {@code --rpc-secure}. */
@Timeout(30)
class WssTest {

  private static final HeldCertificate CERTIFICATE =
      new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeEach
  void useHttps() {
    HandshakeCertificates serving =
        new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build();
    server.useHttps(serving.sslSocketFactory());
  }

  @OnBothCallPaths
  @DisplayName("a user-supplied SSLContext that trusts the certificate is used")
  void trustedByUserContext(CallPath path) throws Exception {
    WsPeer peer = WsPeer.on(server).answering("{\"version\":\"1.37.0\"}");
    HandshakeCertificates trusting =
        new HandshakeCertificates.Builder()
            .addTrustedCertificate(CERTIFICATE.certificate())
            .build();

    try (RpcEngine engine = RpcEngines.websocket(
        settings(endpoint(server, true)).sslContext(trusting.sslContext()).build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(peer.take()).contains("\"method\":\"aria2.getVersion\"");
  }

  @OnBothCallPaths
  @DisplayName("without such a context the self-signed certificate is refused: CONNECT")
  void refusedByDefault(CallPath path) {
    try (RpcEngine engine = RpcEngines.websocket(settings(endpoint(server, true)).build())) {
      Aria2TransportException e =
          catchThrowableOfType(
              Aria2TransportException.class, () -> path.call(engine, GET_VERSION));

      assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
      assertThat(e.detail()).startsWith("TLS with wss://localhost:");
    }
  }
}
